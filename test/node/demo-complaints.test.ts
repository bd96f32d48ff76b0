// The demo's past complaints: months of them in the demo streets' communities so that a fresh start's
// scorecards, trend and register show something, and a hearing suggested in one community; the same
// `now` gives the same history; a second start loads nothing more.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { placeByCode } from "../../src/db/queries/places.js";
import { cases } from "../../src/db/schema.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { DEMO_HEARING_COMMUNITY } from "../../src/demo/complaints.js";
import { loadDemoData } from "../../src/demo/load.js";
import { hearingSuggestions } from "../../src/domain/complaints/hearings.js";
import { monthOf, monthPeriod, scorecard } from "../../src/domain/complaints/scorecards.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { everywhere } from "../../src/domain/staff/scope.js";
import { testCategory } from "../support/complaints.js";

const NOW = Date.parse("2026-12-02T02:00:00Z");

async function fresh() {
  const db = openSqlite(":memory:");
  await loadDemoData(db, NOW);
  // The default categories (as the complaints' own seed gives them), then the history on top.
  await testCategory(db, "demo-smoke", "油烟扰民", "Oil smoke");
  await testCategory(db, "demo-lights", "路灯", "Street lights");
  const loaded = await loadDemoData(db, NOW, db, { history: true });
  const deps: DomainDeps = { db, directory: db, now: () => NOW, defaultTimeZone: "Asia/Shanghai" };
  return { db, deps, loaded };
}

describe("demo complaint history", () => {
  it("gives the scorecards months of numbers and suggests a hearing, the same every time", async () => {
    const a = await fresh();
    const count = a.loaded?.complaints as number;
    expect(count).toBeGreaterThan(100);
    const street = (await placeByCode(a.deps.directory.orm, "street", "jiangan-houhu"))!;
    const card = await scorecard(a.deps, street, monthPeriod(monthOf(NOW - 40 * 24 * 60 * 60 * 1000, "Asia/Shanghai"), "Asia/Shanghai"));
    expect(card.total.received).toBeGreaterThan(10);
    for (const rate of [card.total.response, card.total.resolution, card.total.satisfaction]) {
      expect(rate).toBeGreaterThan(0.3);
      expect(rate).toBeLessThan(1);
    }
    expect(card.total.unconfirmed).toBeGreaterThan(0);
    expect(card.trend.filter((m) => m.score.received > 0).map((m) => m.month)).toEqual(["2026-08", "2026-09", "2026-10"]);
    const suggestions = await hearingSuggestions(a.deps, everywhere);
    expect(suggestions.map((s) => s.community.code)).toContain(DEMO_HEARING_COMMUNITY);
    // Deterministic: another fresh database with the same clock holds the same complaints.
    const b = await fresh();
    const refs = async (db: typeof a.db) => (await db.orm.select({ ref: cases.ref, status: cases.status }).from(cases).where(eq(cases.kind, "complaint")).orderBy(cases.ref)).map((r) => `${r.ref}:${r.status}`);
    expect(await refs(b.db)).toEqual(await refs(a.db));
    // A second start loads nothing more.
    expect(await loadDemoData(a.db, NOW, a.db, { history: true })).toBeNull();
  }, 60_000);
});
