// Cases over the staff API inside workerd with D1, through the real Worker (src/worker.ts): a Telegram
// resident asks for a person through the webhook, a staff member answers over the API, and the outbox
// (woken by the request, run with waitUntil) delivers the reply to the fake Bot API; closing writes the
// case, its timeline, the rating request and the audit row in one D1 batch; and a slice of the
// authorization matrix on the case routes.
import { env, exports } from "cloudflare:workers";
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { findCaseByRef } from "../../src/db/queries/cases.js";
import { findResident } from "../../src/db/queries/residents.js";
import { auditLog, cases, outbox } from "../../src/db/schema.js";
import { loadDemoData } from "../../src/demo/load.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { translator } from "../../src/i18n/index.js";
import { caseChecksFor, matrixCases, matrixRoles } from "../shared/authorization-matrix.js";
import { openedCase } from "../support/cases.js";
import { makeStaff, tokenFor } from "../support/staff.js";
import { text, type Person } from "../support/updates.js";
import { post, said, tap } from "./telegram.js";

const zh = translator("zh");
const db = openD1(env.DB);
const deps: DomainDeps = { db, directory: db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" };
// Each file its own ids in the shared fake server: 86xx are human.test.ts's.
const zhou: Person = { id: 8701, first_name: "周奶奶", language_code: "zh" };
const tokens = new Map<string, string>();
let ref = "";

const api = (username: string, path: string, body?: unknown) =>
  exports.default.fetch(`http://linli.test${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${tokens.get(username)}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

beforeAll(async () => {
  await loadDemoData(db);
  for (const r of matrixRoles.filter((r) => ["grid_worker", "community_staff", "district_admin"].includes(r.role))) {
    await makeStaff(deps, r.username, r.role, r.place, { password: false });
    tokens.set(r.username, await tokenFor(deps, r.username));
  }
  // Zhou asks for a person through the webhook, as on Telegram.
  expect((await post(text(zhou, "/start c-ja-huiminyuan"))).status).toBe(200);
  await tap(zhou, zh("button-consent-yes"));
  expect((await post(text(zhou, "转人工"))).status).toBe(200);
  expect((await post(text(zhou, "电梯又坏了"))).status).toBe(200);
  const resident = (await findResident(db.orm, "telegram", String(zhou.id)))!;
  ref = (await db.orm.select().from(cases).where(eq(cases.residentId, resident.id)).orderBy(desc(cases.id)).limit(1))[0]!.ref;
}, 120_000);

describe("cases over the staff API on workerd + D1", () => {
  it("lists the resident's case and delivers a reply to them through the outbox", async () => {
    const list = (await (await api("m.community", "/api/staff/cases?status=open")).json()) as { cases: { ref: string }[] };
    expect(list.cases.map((c) => c.ref)).toContain(ref);
    const res = await api("m.community", `/api/staff/cases/${ref}/messages`, { text: "维修工十分钟后到。" });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { status: string }).status).toBe("answered");
    const c = (await findCaseByRef(db.orm, ref))!;
    const rows = await db.orm.select().from(outbox).where(eq(outbox.caseId, c.id));
    expect(rows.map((r) => r.route)).toEqual(expect.arrayContaining(["telegram", "topic"]));
    // The request woke the outbox; it ran as the request ended (waitUntil).
    await vi.waitFor(async () => expect(await said(zhou.id)).toContain(zh("human-reply", { staff: "社区工作人员 测试m.community", text: "维修工十分钟后到。" })), { timeout: 10_000, interval: 200 });
    await vi.waitFor(async () => {
      const [row] = await db.orm.select().from(outbox).where(and(eq(outbox.caseId, c.id), eq(outbox.route, "telegram")));
      expect(row!.state).toBe("sent");
    });
  });

  it("closes the case with its audit row in the same batch, and asks the resident for a rating", async () => {
    // One message a second per chat: a message due sooner waits for the next round (the cron, on Workers).
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const res = await api("m.community", `/api/staff/cases/${ref}/status`, { status: "closed", note: "已修好" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; timeline: { kind: string }[] };
    expect(body.status).toBe("closed");
    expect(body.timeline.slice(-2).map((e) => e.kind)).toEqual(["note", "status"]);
    const [row] = await db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(row).toMatchObject({ actor: "staff:m.community", action: "case.close", detail: { case: ref, after: { status: "closed" } } });
    await vi.waitFor(async () => expect(await said(zhou.id)).toContain(zh("human-rate", { ref })), { timeout: 10_000, interval: 200 });
    expect((await api("m.community", `/api/staff/cases/${ref}/status`, { status: "answered" })).status).toBe(400);
    expect((await api("m.community", `/api/staff/cases/${ref}/status`, { status: "open" })).status).toBe(200);
  });
});

describe("authorization matrix on the case routes (workerd + D1, a slice)", () => {
  const slice = matrixRoles.filter((r) => ["grid_worker", "community_staff", "district_admin"].includes(r.role));
  const some = matrixCases.filter((c) => ["C1", "G1", "G2", "C2", "C4"].includes(c.key));
  const refs = new Map<string, string>();

  beforeAll(async () => {
    for (const [i, c] of some.entries()) {
      const made = await openedCase(deps, db, { community: c.community, ...(c.grid ? { grid: c.grid } : {}), externalId: `870100${i}`, words: `矩阵 ${c.key}` });
      refs.set(c.key, made.ref);
    }
  }, 60_000);

  for (const role of slice) {
    it(`${role.role}@${role.place}: works on the cases inside its scope, 404 outside`, async () => {
      const failures: string[] = [];
      for (const c of some) {
        for (const check of caseChecksFor(role, c, refs.get(c.key)!).filter((k) => k.api)) {
          const res = await api(role.username, check.path, check.method === "GET" ? undefined : check.json);
          await res.arrayBuffer();
          if (res.status !== check.expect) failures.push(`${c.key} · ${check.name}: ${res.status}, expected ${check.expect}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
