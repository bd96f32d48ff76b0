import type { Change } from "../domain/change.js";
import type { DomainDeps } from "../domain/deps.js";
import type { Resident } from "../domain/residents.js";
import type { Translate } from "../i18n/index.js";
import type { Capabilities, Channel, Lang, Reply } from "./types.js";

/** Who is talking, as the channel knows them. */
export interface Who {
  channel: Channel;
  /** Telegram user id, or the web chat's session id. */
  externalId: string;
  /** Telegram `language_code` or the browser's Accept-Language, for a first greeting. */
  languageCode?: string;
}

/** Where a person is in a conversation; persisted between messages. `flow` names the module that owns it. */
export interface FlowState {
  flow: string | null;
  step: string | null;
  data: Record<string, unknown>;
}

export const idle: FlowState = { flow: null, step: null, data: {} };

export interface FlowContext {
  deps: DomainDeps;
  who: Who;
  /** What the person's channel can do. */
  can: Capabilities;
  /** As loaded for this input; flows never change it, they return changes. */
  resident: Readonly<Resident>;
  lang: Lang;
  t: Translate;
  state: FlowState;
  /** The modules this deployment runs, as far as a flow needs them: the menu, the help, the command list. */
  registry: ModuleIndex;
  /** The main menu's labels, in rows, in the reader's language. */
  menu(): string[][];
}

/** A main-menu entry, as another module sees it. */
export interface MenuEntryView {
  module: string;
  /** Fluent message of the label. */
  label: string;
  open(ctx: FlowContext): Answer;
}

export interface ModuleIndex {
  /** Menu entries in the order residents use them. */
  menuEntries(): MenuEntryView[];
  /** Commands for Telegram's command menu and the help, in module order. */
  listedCommands(): string[];
}

/** What handling one input produced. The engine commits `writes` and `state` together, or neither. */
export interface Outcome {
  replies: Reply[];
  /** The next state; undefined leaves it as it was. */
  state?: FlowState;
  /** Changes to the database, committed atomically with the state (see src/flows/engine.ts). */
  writes?: Change;
  /**
   * What to say instead when a guard in `writes` refuses them (none of them is written then). It may read
   * why, and its own `state` and `writes` are committed in their place.
   */
  refused?: () => Answer;
  /** The person's record was deleted: no state is saved, and a channel drops what it keeps too. */
  forgotten?: boolean;
}

/** What a handler gives back: an outcome, now or later. */
export type Answer = Outcome | Promise<Outcome>;

export function say(replies: Reply[], state?: FlowState): Outcome {
  return state === undefined ? { replies } : { replies, state };
}
