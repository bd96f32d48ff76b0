// The search-quality fixture, run the same way on better-sqlite3 (test/node) and D1 (test/workers).
import { sql } from "drizzle-orm";
import type { ExpectStatic } from "vitest";
import type { Database } from "../../src/db/database.js";
import { demoCatalog } from "../../src/demo/catalog.js";
import { catalogSchema } from "../../src/domain/catalog/format.js";
import { importCatalog } from "../../src/domain/catalog/import.js";
import { searchServices } from "../../src/domain/catalog/search.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { searchQuestions } from "../fixtures/search-questions.js";

export async function withDemoCatalog(db: Database): Promise<DomainDeps> {
  const deps: DomainDeps = { db, directory: db, now: () => Date.parse("2026-11-23T02:00:00Z"), defaultTimeZone: "Asia/Shanghai" };
  const report = await importCatalog(deps, demoCatalog);
  if (!report.ok) throw new Error(report.errors.join("\n"));
  return deps;
}

export interface HitRate {
  total: number;
  top1: number;
  top3: number;
  misses: string[];
}

export async function hitRate(deps: DomainDeps, lang?: "zh" | "en"): Promise<HitRate> {
  const questions = searchQuestions.filter((q) => !lang || q.lang === lang);
  const rate: HitRate = { total: questions.length, top1: 0, top3: 0, misses: [] };
  for (const question of questions) {
    const codes = (await searchServices(deps, question.q, 3)).map((h) => h.service.code);
    if (codes[0] === question.expect) rate.top1++;
    if (codes.includes(question.expect)) rate.top3++;
    else rate.misses.push(`${question.q} → ${codes.join(", ") || "nothing"} (expected ${question.expect})`);
  }
  return rate;
}

export const searchCases: Record<string, (deps: DomainDeps, expect: ExpectStatic) => Promise<void>> = {
  "finds the expected service in the top 3 for at least 90% of the fixture, in each language": async (deps, expect) => {
    for (const lang of ["zh", "en"] as const) {
      const rate = await hitRate(deps, lang);
      console.log(`search fixture (${deps.db.driver}, ${lang}): top-1 ${rate.top1}/${rate.total}, top-3 ${rate.top3}/${rate.total}`);
      expect(rate.total).toBeGreaterThanOrEqual(20);
      expect(rate.top3 / rate.total, rate.misses.join("\n")).toBeGreaterThanOrEqual(0.9);
    }
  },
  "answers one- and two-character questions (LIKE, below the trigram index)": async (deps, expect) => {
    expect((await searchServices(deps, "低保"))[0]?.service.code).toBe("minimum-living-allowance");
    expect((await searchServices(deps, "医保")).length).toBeGreaterThan(0);
    expect((await searchServices(deps, "残")).length).toBeGreaterThan(0);
  },
  "hears what a homophone typed with a pinyin input method meant (低宝 → 低保), and a misspelt English word": async (deps, expect) => {
    expect((await searchServices(deps, "低宝怎么申请"))[0]?.service.code).toBe("minimum-living-allowance");
    expect((await searchServices(deps, "残积证"))[0]?.service.code).toBe("disability-card");
    expect((await searchServices(deps, "unemployemnt benefit"))[0]?.service.code).toBe("unemployment-benefit");
    // A word that is itself in the catalogue means what it says, even when another sounds the same.
    expect((await searchServices(deps, "低保"))[0]?.service.code).toBe("minimum-living-allowance");
  },
  "reads an age in digits or in Chinese numerals as the catalogue's words for that age": async (deps, expect) => {
    for (const q of ["我爸87岁了有什么补贴", "我妈今年八十五了，每个月有钱领吗", "my dad is 91, any allowance"]) {
      expect((await searchServices(deps, q))[0]?.service.code, q).toBe("old-age-allowance");
    }
  },
  "finds nothing for nonsense and for empty or punctuation-only questions": async (deps, expect) => {
    expect(await searchServices(deps, "xyzzy qwerty")).toEqual([]);
    // "licence" stands in a loan's eligibility text ("business licence"), but nothing is about dogs.
    expect(await searchServices(deps, "dog licence")).toEqual([]);
    expect(await searchServices(deps, "？？？")).toEqual([]);
    expect(await searchServices(deps, "   ")).toEqual([]);
  },
  "survives quotes, FTS5 syntax and LIKE wildcards in a question": async (deps, expect) => {
    for (const q of ['"低保" OR NEAR(', "100% 补贴_", "低保*", "a' OR 1=1 --", "^医保 AND NOT"]) {
      await expect(searchServices(deps, q)).resolves.toBeInstanceOf(Array);
    }
  },
  "keeps a long question within D1's limits (100 parameters, 50-byte LIKE patterns)": async (deps, expect) => {
    const long = "我家老人今年八十五岁了身体不好行动不便想问一下高龄津贴和居家养老服务还有残疾人补贴都怎么申请需要带什么材料去哪里办";
    const hits = await searchServices(deps, long + long);
    expect(hits.length).toBeGreaterThan(0);
  },
  // Last: it changes the catalogue (and leaves it as it was), where the D1 file shares one database.
  "sees every change to the catalogue at once, whoever writes it (the index in memory follows the stamp)": async (deps, expect) => {
    const codes = async (q: string) => (await searchServices(deps, q)).map((h) => h.service.code);
    expect(await codes("zorblax")).not.toContain("zorblax-grant");
    const model = catalogSchema.parse(demoCatalog).services[0]!;
    const added = { ...model, code: "zorblax-grant", title: { zh: "佐布拉补贴", en: "Zorblax grant" }, keywords: { zh: ["佐布拉"], en: ["zorblax"] }, sort: 9999 };
    const report = await importCatalog(deps, { agencies: [], groups: [], services: [added] });
    expect(report.errors).toEqual([]);
    expect((await codes("zorblax"))[0]).toBe("zorblax-grant");
    // SQL run on the database from outside the app (wrangler d1 execute, sqlite3): the triggers change the stamp too.
    await deps.db.orm.run(sql`UPDATE services SET title_en = 'Quuxifer grant', keywords_en = 'quuxifer' WHERE code = 'zorblax-grant'`);
    expect(await codes("zorblax")).not.toContain("zorblax-grant");
    expect((await codes("quuxifer"))[0]).toBe("zorblax-grant");
    await deps.db.orm.run(sql`DELETE FROM services WHERE code = 'zorblax-grant'`);
    expect(await codes("quuxifer")).not.toContain("zorblax-grant");
    expect((await searchServices(deps, "低保"))[0]?.service.code).toBe("minimum-living-allowance");
  },
};
