// Every word a person reads goes through Fluent, in both languages.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { weekdays } from "../../src/domain/catalog/format.js";
import { sensitiveTopics } from "../../src/domain/catalog/sensitive.js";
import { meanings } from "../../src/flows/conversation-words.js";
import { residentModules } from "../../src/flows/modules.js";
import { cardParts } from "../../src/flows/service-card.js";
import { createRegistry } from "../../src/flows/registry.js";
import { consoleMessageIds } from "../../src/i18n/console.js";
import { messageIds, negotiate, translate } from "../../src/i18n/index.js";
import { accessAnswers, channels, consentAnswers, languages, mapApps, textSizes } from "../../src/vocabulary.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Message ids written out in the code: `t("id"`, `translate(lang, "id"`, `label: "id"`, and show-menu texts. */
function idsUsedInCode(): Map<string, string> {
  // Keyed by file and id: the same id may be the residents' in one file and the console's in another.
  const used = new Map<string, string>();
  const patterns = [/\bt\(\s*"([a-z][a-z0-9-]*)"/g, /\btranslate\(\s*[^,()]+,\s*"([a-z][a-z0-9-]*)"/g, /\blabel:\s*"([a-z][a-z0-9-]*)"/g, /\bshowMenu\(\s*ctx,\s*"([a-z][a-z0-9-]*)"/g];
  for (const file of sourceFiles("src")) {
    const text = readFileSync(file, "utf8");
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) used.set(`${file}|${match[1]!}`, file);
  }
  return used;
}

/** Ids the code builds from a known set of words (`language-${lang}` and the like). */
function idsBuiltInCode(): string[] {
  const registry = createRegistry(residentModules);
  return [
    ...registry.listedCommands().map((c) => `command-${c}`),
    ...registry.menuEntries().map((e) => e.label),
    ...languages.map((l) => `language-${l}`),
    ...[...consentAnswers, "unasked"].map((c) => `consent-state-${c}`),
    ...channels.map((c) => `channel-${c}`),
    ...weekdays.map((w) => `weekday-${w}`),
    ...accessAnswers.flatMap((a) => [`card-access-${a}`, `card-access-${a}-generic`, `more-office-${a}`]),
    ...textSizes.flatMap((size) => [`text-size-${size}`, `text-size-set-${size}`]),
    ...mapApps.map((app) => `map-app-${app}`),
    ...cardParts.flatMap((part) => [`button-card-${part}`, `part-${part}`]),
    ...sensitiveTopics.map((topic) => `guide-sensitive-${topic}`),
    ...meanings.filter((m) => ["thanks", "yes", "hello", "bye"].includes(m)).map((m) => `words-${m}`),
    ...["agree", "disagree"].map((m) => `words-${m}-already`),
  ];
}

describe("i18n", () => {
  it("has the same message ids in Chinese and English", () => {
    const zh = messageIds("zh").sort();
    const en = messageIds("en").sort();
    expect(zh.length).toBeGreaterThan(50);
    expect(en).toEqual(zh);
    expect(new Set(zh).size, "an id is defined twice").toBe(zh.length);
  });

  it("has every message the code asks for, in both languages", () => {
    const used = idsUsedInCode();
    expect(used.size).toBeGreaterThan(50);
    // The staff console keeps its words apart (src/i18n/console.ts): its files are checked against them.
    const isConsole = (file: string) => file.startsWith("src/web/console") || file === "src/i18n/console.ts";
    for (const lang of languages) {
      const known = new Set(messageIds(lang));
      const consoleKnown = new Set(consoleMessageIds(lang));
      const missing = [...used]
        .map(([key, file]) => [key.slice(file.length + 1), file] as const)
        .filter(([id, file]) => !(isConsole(file) ? consoleKnown : known).has(id))
        .map(([id, file]) => `${id} (${file})`);
      expect(missing, `missing in ${lang}`).toEqual([]);
      expect(idsBuiltInCode().filter((id) => !known.has(id)), `missing in ${lang}`).toEqual([]);
    }
  });

  it("negotiates Telegram language codes and Accept-Language to zh or en, Chinese by default", () => {
    expect(negotiate("en")).toBe("en");
    expect(negotiate("en-US")).toBe("en");
    expect(negotiate("zh-hans")).toBe("zh");
    expect(negotiate("zh-TW")).toBe("zh");
    expect(negotiate("fr")).toBe("zh");
    expect(negotiate(undefined)).toBe("zh");
    expect(negotiate("fr-FR,en;q=0.8")).toBe("en");
  });

  it("gives the same answers once they are remembered, and after more different values than it keeps", () => {
    const asked = ["en", "en-US", "zh-hans", "fr", "fr-FR,en;q=0.8"];
    const first = asked.map(negotiate);
    // Far more distinct Accept-Language values than the answers kept (a client can send anything).
    for (let i = 0; i < 1000; i++) expect(negotiate(i % 2 ? `fr-FR,en;q=0.${i}` : `de-DE;q=0.${i}`)).toBe(i % 2 ? "en" : "zh");
    expect(asked.map(negotiate)).toEqual(first);
    expect(first).toEqual(["en", "en", "zh", "zh", "en"]);
  });

  it("formats without Unicode isolation marks", () => {
    expect(translate("en", "map-set", { map: "Amap" })).toBe("All right: addresses open in Amap from now on.");
  });
});
