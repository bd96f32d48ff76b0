// The web chat's session cookie: only ids the server issued (signed) are accepted; any other cookie gets
// a new session, so nobody can choose the id a resident will use.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { conversations, signingKeys } from "../../src/db/schema.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { OWN_ORIGIN, startHarness, webChatClient, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => h?.close());

const START = JSON.stringify({ input: { kind: "command", name: "start", payload: "" } });

function postChat(headers: Record<string, string>) {
  return h.app.request("/chat/api/messages", { method: "POST", headers, body: START });
}

/** The sessions the server keeps: /start leaves a conversation (a passer-by has no resident row yet). */
async function sessionsNow() {
  return (await h.db.orm.select().from(conversations)).map((c) => c.key.replace(/^web:/, ""));
}

describe("the web chat's session cookie", () => {
  it("ignores a session id the server never issued and starts a new session", async () => {
    h = await startHarness();
    const planted = "0".repeat(32);
    for (const cookie of [`linli_chat=${planted}`, `linli_chat=${planted}.${"A".repeat(43)}=`]) {
      const res = await postChat({ "content-type": "application/json", origin: OWN_ORIGIN, cookie });
      expect(res.status).toBe(200);
      const issued = /^linli_chat=([0-9a-f]{32})\./.exec(res.headers.get("set-cookie") ?? "")?.[1];
      expect(issued).toBeDefined();
      expect(issued).not.toBe(planted);
    }
    const ids = await sessionsNow();
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain(planted);
  });

  it("keeps the session of the cookie it issued", async () => {
    h = await startHarness();
    const send = webChatClient(h.app);
    await send({ kind: "command", name: "start", payload: "" });
    const first = send.cookie();
    const again = await send({ kind: "command", name: "help", payload: "" });
    expect(again.headers.get("set-cookie")).toBeNull();
    expect(send.cookie()).toBe(first);
    expect(await sessionsNow()).toHaveLength(1);
  });

  it("is signed with one key that every process finds in the database, made once even when two start together", async () => {
    const dir = mkdtempSync(join(tmpdir(), "linli-key-"));
    const path = join(dir, "linli.db");
    const first = await startHarness({ db: openSqlite(path) });
    const second = await startHarness({ db: openSqlite(path), demo: false });
    try {
      const inFirst = webChatClient(first.app);
      const inSecond = webChatClient(second.app);
      // Both processes need the key for the first time at once.
      await Promise.all([inFirst({ kind: "command", name: "start", payload: "" }), inSecond({ kind: "command", name: "start", payload: "" })]);
      expect(await first.db.orm.select().from(signingKeys)).toHaveLength(1);
      // A cookie the first process issued is good in the second: same session, no new cookie.
      const res = await second.app.request("/chat/api/messages", {
        method: "POST",
        headers: { "content-type": "application/json", origin: OWN_ORIGIN, cookie: inFirst.cookie() },
        body: JSON.stringify({ input: { kind: "command", name: "help", payload: "" } }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("set-cookie")).toBeNull();
      expect(await second.db.orm.select().from(conversations)).toHaveLength(2);
    } finally {
      await first.close();
      await second.close();
      (first.db as unknown as { close(): void }).close();
      (second.db as unknown as { close(): void }).close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
