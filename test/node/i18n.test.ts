import { describe, expect, it } from "vitest";
import { messageIds, negotiate, translate } from "../../src/i18n/index.js";

describe("i18n", () => {
  it("has the same message ids in Chinese and English", () => {
    const zh = messageIds("zh").sort();
    const en = messageIds("en").sort();
    expect(zh.length).toBeGreaterThan(50);
    expect(en).toEqual(zh);
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

  it("formats without Unicode isolation marks", () => {
    expect(translate("en", "unknown-command", { command: "/x" })).toBe("There is no /x command. Type /help to see the commands.");
  });
});
