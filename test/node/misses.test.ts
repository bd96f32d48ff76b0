// The guide's unanswered questions (search_misses) are kept without what identifies a person: no ID
// number, phone number or e-mail address, only the day they were asked, and for 90 days — as the privacy
// notice and /mydata say. Through the web chat, the webhook and housekeeping.
import { afterEach, describe, expect, it } from "vitest";
import { searchMisses } from "../../src/db/schema.js";
import { KEEP_SEARCH_MISSES_DAYS } from "../../src/domain/catalog/misses.js";
import { translate } from "../../src/i18n/index.js";
import { housekeeping } from "../../src/jobs/housekeeping.js";
import { startHarness, webChatClient, type Harness } from "../support/harness.js";
import { text } from "../support/updates.js";

const DAY = 24 * 60 * 60 * 1000;
/** A question the demo catalogue cannot answer, with everything a resident might add to it. */
const QUESTION = "火星旅游签证怎么办？139-1111-2222，42010619800101123X，wang.xm@mail.example，E12345678";
const PERSONAL = ["139", "1111", "2222", "4201061980", "123x", "wang", "mail", "e1234"];

let h: Harness;
afterEach(() => h?.close());

describe("questions the guide could not answer", () => {
  it("are kept without numbers or e-mail addresses, at the day they were asked", async () => {
    const asked = Date.parse("2026-11-29T15:47:12.345Z");
    h = await startHarness({ now: asked });
    const send = webChatClient(h.app);
    await send({ kind: "command", name: "start", payload: "" });
    const res = await send({ kind: "text", text: QUESTION });
    expect(((await res.json()) as { replies: { text: string }[] }).replies[0]?.text).toContain(translate("zh", "guide-nothing-found"));
    await h.post(text({ id: 7401, language_code: "en" }, "mars tourist visa? call me on +86 139 1111 2222 or wang.xm@mail.example"));
    expect(h.said(7401).join("\n")).toContain(translate("en", "guide-nothing-found"));

    const kept = await h.db.orm.select().from(searchMisses);
    expect(kept.map((m) => m.query)).toEqual(["火星旅游签证怎么办 *** *** *** ***", "mars tourist visa call me on *** or ***"]);
    for (const m of kept) {
      for (const piece of PERSONAL) expect(m.query).not.toContain(piece);
      expect(m.at).toBe(Date.parse("2026-11-29T00:00:00Z"));
    }
  });

  it("keep short numbers, which are what the question is about", async () => {
    h = await startHarness();
    const send = webChatClient(h.app);
    await send({ kind: "text", text: "火星旅游签证 3号楼 1203室" });
    expect((await h.db.orm.select().from(searchMisses)).map((m) => m.query)).toEqual(["火星旅游签证 3号楼 1203室"]);
  });

  it(`are deleted by housekeeping after ${KEEP_SEARCH_MISSES_DAYS} days`, async () => {
    h = await startHarness({ now: Date.parse("2026-01-01T09:00:00Z") });
    const send = webChatClient(h.app);
    await send({ kind: "text", text: "火星旅游签证" });
    h.clock.now += 30 * DAY;
    await send({ kind: "text", text: "月球旅游签证" });

    h.clock.now += (KEEP_SEARCH_MISSES_DAYS - 30) * DAY;
    expect((await housekeeping(h.domain)).searchMissesPruned).toBe(0);
    h.clock.now += DAY;
    expect((await housekeeping(h.domain)).searchMissesPruned).toBe(1);
    expect((await h.db.orm.select().from(searchMisses)).map((m) => m.query)).toEqual(["月球旅游签证"]);
  });

  it("are in the privacy notice and /mydata, with how long they are kept", () => {
    for (const lang of ["zh", "en"] as const) {
      for (const key of ["privacy-notice", "mydata-footer"]) {
        expect(translate(lang, key), `${lang} ${key}`).toContain(`${KEEP_SEARCH_MISSES_DAYS} `);
      }
    }
  });
});
