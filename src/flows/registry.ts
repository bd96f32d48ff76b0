// The modules a deployment runs, indexed once at start-up. Everything a person sends is looked up here
// by a name they chose (a command, button data, a menu label), so every index is a Map: own entries only,
// never Object.prototype. Two modules claiming the same command, prefix or name stop start-up.
import { languages, translate } from "../i18n/index.js";
import { prefixOf, type Pressed } from "./buttons.js";
import type { Answer, FlowContext, ModuleIndex } from "./context.js";
import type { AnyFlowModule, Command, MenuEntry } from "./module.js";

export interface Registry extends ModuleIndex {
  readonly modules: readonly AnyFlowModule[];
  module(name: string | null): AnyFlowModule | undefined;
  command(name: string): Command | undefined;
  /** The press a button's data stands for, or null for data no module of ours drew. */
  pressed(data: string): ((ctx: FlowContext) => Answer) | null;
  menuEntries(): (MenuEntry & { module: string })[];
  /** The entry whose label (in any language) is this text, as a tapped reply keyboard sends it. */
  menuEntryFor(text: string): MenuEntry | undefined;
}

/** Main-menu labels, two to a row. */
export function menuRows(labels: string[]): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < labels.length; i += 2) rows.push(labels.slice(i, i + 2));
  return rows;
}

export function createRegistry(modules: readonly AnyFlowModule[]): Registry {
  const byName = new Map<string, AnyFlowModule>();
  const commands = new Map<string, Command>();
  const listed: string[] = [];
  const byPrefix = new Map<string, AnyFlowModule>();
  const entries: (MenuEntry & { module: string })[] = [];
  const deepLinks = new Map<string, (ctx: FlowContext, value: string) => Answer>();

  for (const module of modules) {
    if (byName.has(module.name)) throw new Error(`two flow modules are named "${module.name}"`);
    byName.set(module.name, module);
    for (const [name, command] of Object.entries(module.commands ?? {})) {
      if (name !== name.toLowerCase() || !/^[a-z0-9_]{1,32}$/.test(name)) throw new Error(`command "/${name}" of ${module.name}: 1–32 of a–z, 0–9, _`);
      if (commands.has(name)) throw new Error(`two flow modules answer /${name}`);
      commands.set(name, command);
      if (command.listed) listed.push(name);
    }
    if (module.buttons) {
      const prefix = module.buttons.codec.prefix;
      if (byPrefix.has(prefix)) throw new Error(`flow modules ${byPrefix.get(prefix)!.name} and ${module.name} use the button prefix "${prefix}"`);
      byPrefix.set(prefix, module);
    }
    if (module.menu) entries.push({ ...module.menu, module: module.name });
    for (const [prefix, open] of Object.entries(module.deepLinks ?? {})) {
      if (!/^[a-z]$/.test(prefix)) throw new Error(`deep link prefix "${prefix}" of ${module.name}: one letter a–z`);
      if (deepLinks.has(prefix)) throw new Error(`two flow modules open /start ${prefix}-… links`);
      deepLinks.set(prefix, open);
    }
  }
  entries.sort((a, b) => a.position - b.position);

  const byLabel = new Map<string, MenuEntry>();
  for (const entry of entries) {
    for (const lang of languages) {
      const label = translate(lang, entry.label);
      const taken = byLabel.get(label);
      if (taken && taken !== entry) throw new Error(`two menu entries are labelled "${label}"`);
      byLabel.set(label, entry);
    }
  }

  return {
    modules,
    module: (name) => (name === null ? undefined : byName.get(name)),
    command: (name) => commands.get(name),
    listedCommands: () => [...listed],
    pressed(data) {
      const prefix = prefixOf(data);
      const module = prefix === null ? undefined : byPrefix.get(prefix);
      const decoded = module?.buttons?.codec.decode(data);
      if (!module?.buttons || !decoded) return null;
      const { press } = module.buttons;
      return (ctx) => press(ctx, decoded as Pressed<never>);
    },
    menuEntries: () => entries,
    menuEntryFor: (text) => byLabel.get(text.trim()),
    hooksOf: (name) => (name === null ? undefined : byName.get(name)),
    offers: (ctx, place, args) => modules.flatMap((m) => m.offers?.[place]?.(ctx, args) ?? []),
    deepLink: (prefix) => deepLinks.get(prefix),
  };
}
