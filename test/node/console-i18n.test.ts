// Every word of the console exists in Chinese and English, and every key the console's code names is there.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { consoleMessageIds, consoleTranslator } from "../../src/i18n/console.js";
import { accessAnswers, caseKinds, channels, languages, outboxRoutes, placeKinds, staffRoles } from "../../src/vocabulary.js";
import { allStatuses } from "../../src/domain/cases/queue.js";
import { weekdays } from "../../src/domain/catalog/format.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [readFileSync(path, "utf8")] : [];
  });
}

describe("console i18n", () => {
  it("has the same message ids in Chinese and English", () => {
    const zh = consoleMessageIds("zh").sort();
    expect(zh.length).toBeGreaterThan(100);
    expect(consoleMessageIds("en").sort()).toEqual(zh);
    expect(new Set(zh).size).toBe(zh.length);
  });

  it("has every key the console uses, literal or built from a vocabulary", () => {
    const code = [...sources("src/web/console"), readFileSync("src/i18n/console.ts", "utf8")].join("\n");
    const literal = [...code.matchAll(/\bt\("([a-z0-9-]+)"/g)].map((m) => m[1]!);
    const built = [
      ...staffRoles.map((r) => `role-${r}`),
      ...placeKinds.map((k) => `kind-${k}`),
      ...placeKinds.map((k) => `below-${k}`),
      ...accessAnswers.map((a) => `access-${a}`),
      ...weekdays.map((d) => `weekday-${d}`),
      ...languages.map((l) => `language-${l}`),
      ...["saved", "role-added", "role-removed", "disabled", "enabled", "language", "password", "token-revoked", "logged-out"].map((d) => `done-${d}`),
      ...["not-found", "forbidden", "username-taken", "role-exists", "role-missing", "no-place", "self", "link-invalid", "wrong-password"].map((c) => `error-${c}`),
      // Cases: their kinds and statuses, the assignee filter, channels, delivery routes, where staff acted, files, notices and refusals.
      ...caseKinds.map((k) => `case-kind-${k}`),
      ...allStatuses.map((s) => `case-status-${s}`),
      ...["anyone", "me", "nobody"].map((a) => `cases-assignee-${a}`),
      ...channels.map((c) => `channel-${c}`),
      ...outboxRoutes.map((r) => `case-route-${r}`),
      ...["console", "topic", "api"].map((v) => `case-via-${v}`),
      ...["photo", "voice", "document", "location"].map((k) => `case-${k}`),
      ...["replied", "noted", "taken", "assigned", "closed", "reopened"].map((d) => `done-${d}`),
      ...["closed", "not-closed", "already-closed", "changed", "assignee"].map((c) => `error-${c}`),
    ];
    for (const lang of languages) {
      const ids = new Set(consoleMessageIds(lang));
      const missing = [...new Set([...literal, ...built])].filter((k) => !ids.has(k));
      expect(missing, lang).toEqual([]);
    }
    // Keys named by the navigation too.
    const nav = [...readFileSync("src/web/console/nav.ts", "utf8").matchAll(/label: "([a-z-]+)"/g)].map((m) => m[1]!);
    for (const lang of languages) for (const key of nav) expect(consoleMessageIds(lang)).toContain(key);
  });

  it("formats without isolation marks", () => {
    expect(consoleTranslator("en")("login-throttled", { minutes: 5 })).toBe("Too many attempts. Please try again in 5 min.");
    expect(consoleTranslator("zh")("role-at", { role: "网格员", place: "第一网格" })).toBe("网格员 @ 第一网格");
  });
});
