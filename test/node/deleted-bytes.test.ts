// A deletion is a deletion: after /forget (or removing a phone number) the SQLite files on disk — the
// database and its write-ahead log — hold none of the deleted bytes, not even in freed pages.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { demoDistricts } from "../../src/demo/places.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { onboardingButtons } from "../../src/flows/onboarding.js";
import { privacyButtons } from "../../src/flows/privacy.js";
import { residents } from "../../src/db/schema.js";
import { startHarness, webChatClient, type Harness } from "../support/harness.js";
import { contact, text, type Person } from "../support/updates.js";

const COMMUNITY = demoDistricts[0]!.streets[0]!.communities[0]!.code;
let dir: string;
let path: string;
let db: ReturnType<typeof openSqlite>;
let h: Harness;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "linli-bytes-"));
  path = join(dir, "linli.db");
  db = openSqlite(path, { checkpointer: true }); // as the server opens it
  h = await startHarness({ db });
});
afterEach(async () => {
  await h.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Whether the database file or its write-ahead log holds these bytes anywhere, used or free. */
function onDisk(needle: string): string[] {
  return [path, `${path}-wal`].filter((file) => existsSync(file) && readFileSync(file).includes(Buffer.from(needle)));
}

/** A Telegram resident who consented and shared their own phone number. */
async function withPhone(person: Person, phone: string) {
  await h.post(text(person, `/start c-${COMMUNITY}`));
  await h.tap(person, "✅ 同意");
  await h.post(contact(person, phone, person.id));
  expect((await h.db.orm.select().from(residents)).some((r) => r.phone === phone)).toBe(true);
  expect(onDisk(phone.slice(1))).not.toEqual([]);
}

describe("deleted data on disk (better-sqlite3)", () => {
  it("after /forget holds neither the phone number nor the web chat's session id", async () => {
    const wang: Person = { id: 7501, language_code: "zh" };
    await withPhone(wang, "+8613911112222");
    const send = webChatClient(h.app);
    await send({ kind: "command", name: "start", payload: `c-${COMMUNITY}` });
    await send({ kind: "choice", data: onboardingButtons.encode("consent", "yes") });
    const sessionId = /^linli_chat=([0-9a-f]{32})/.exec(send.cookie())![1]!;
    expect(onDisk(sessionId)).not.toEqual([]);

    await h.post(text(wang, "/forget"));
    await h.tap(wang, "确定删除");
    await send({ kind: "command", name: "forget", payload: "" });
    expect(((await (await send({ kind: "choice", data: privacyButtons.encode("forget", "yes") })).json()) as { forgotten: boolean }).forgotten).toBe(true);
    expect(await h.db.orm.select().from(residents)).toEqual([]);

    expect(onDisk("13911112222")).toEqual([]);
    expect(onDisk(sessionId)).toEqual([]);
  });

  it("after removing a phone number in settings does not hold it either", async () => {
    const li: Person = { id: 7502, language_code: "zh" };
    await withPhone(li, "+8613722223333");
    await h.post(text(li, "/settings"));
    await h.tap(li, "📱 删除手机号");
    expect(h.said(li.id).at(-1)).toBe("已删除您的手机号。");
    expect(onDisk("13722223333")).toEqual([]);
  });
});
