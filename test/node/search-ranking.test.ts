// The search's shortcuts give the answers of scoring every service. `ranked` (src/domain/catalog/search.ts)
// finds candidates from the index's lists, rules terms out of texts and names by sketches, keeps only the
// candidates that can reach the first results and the first hits as they come; the reference below does
// none of that — it checks every service with `includes` and sorts everything, as the search did before
// those shortcuts. fast-check draws terms from pieces of the catalogue's own titles, keywords and texts
// (and some that are in none), and both must return the same services with the same scores, to the last
// digit. The catalogue is the demo services repeated, so that ties — and the cut at CANDIDATES among
// them — are everywhere.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repeatedCatalogue } from "../../bench/catalogue.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { importCatalog } from "../../src/domain/catalog/import.js";
import { catalogIndex, type CatalogIndex, type IndexedService } from "../../src/domain/catalog/search-index.js";
import { CANDIDATES, KEYWORDS, MIN_SCORE, ranked, TEXT, TITLE, WHOLE, type SearchHit } from "../../src/domain/catalog/search.js";
import type { Term } from "../../src/domain/catalog/terms.js";

/** The ranking without shortcuts: every service checked, every candidate and hit sorted. */
function reference(index: CatalogIndex, terms: Term[], compact: string, limit: number): SearchHit[] {
  const { services } = index;
  const named = terms.map((term) => services.flatMap((entry, p) => (entry.title.includes(term.text) || entry.keywords.includes(term.text) ? [p] : [])));
  const idf = named.map((positions) => Math.log(1 + services.length / (1 + positions.length)));
  const place = (entry: IndexedService, term: string) =>
    entry.title.includes(term) ? TITLE : entry.keywords.includes(term) ? KEYWORDS : entry.text.includes(term) ? TEXT : 0;
  const whole = (entry: IndexedService) => compact.length >= 2 && (entry.titleCompact.includes(compact) || entry.keywordList.includes(compact));
  const score = (entry: IndexedService) => {
    let sum = 0;
    terms.forEach((term, i) => (sum += place(entry, term.text) * term.weight * idf[i]!));
    return whole(entry) ? sum + WHOLE : sum;
  };
  const byNames = new Float64Array(services.length);
  const order: number[] = [];
  named.forEach((positions, i) => {
    const weight = terms[i]!.weight * idf[i]!;
    for (const p of positions) {
      if (byNames[p] === 0) order.push(p);
      byNames[p]! += (services[p]!.title.includes(terms[i]!.text) ? TITLE : KEYWORDS) * weight;
    }
  });
  const candidates = order.map((p) => ({ entry: services[p]!, score: byNames[p]! + (whole(services[p]!) ? WHOLE : 0) }));
  candidates.sort((a, b) => b.score - a.score);
  const textAtMost = terms.reduce((sum, term, i) => sum + TEXT * term.weight * idf[i]!, 0);
  const floor = Math.max(MIN_SCORE, candidates[limit - 1]?.score ?? -Infinity) - textAtMost;
  return candidates
    .slice(0, CANDIDATES)
    .filter((c) => c.score >= floor)
    .map((c) => ({ service: c.entry.service, score: score(c.entry) }))
    .filter((h) => h.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.service.sort - b.service.sort || a.service.id - b.service.id)
    .slice(0, limit);
}

const summary = (hits: SearchHit[]) => hits.map((h) => `${h.service.code} ${h.score}`);

describe("the search's ranking", () => {
  it("gives the same services and scores as checking every service", async () => {
    const db = openSqlite(":memory:");
    const report = await importCatalog({ db, directory: db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" }, repeatedCatalogue(400));
    expect(report.errors).toEqual([]);
    const index = await catalogIndex(db.orm);
    // Pieces of 1–4 characters cut from the catalogue's names and texts, and a few found nowhere.
    const texts = index.services.flatMap((e) => [e.title, e.keywords, e.text]);
    const piece = fc
      .tuple(fc.nat(texts.length - 1), fc.nat(400), fc.integer({ min: 1, max: 4 }))
      .map(([t, at, length]) => texts[t]!.slice(at % texts[t]!.length, (at % texts[t]!.length) + length).replace(/\s+/g, ""))
      .filter((text) => text.length > 0);
    const term = fc.record({ text: fc.oneof(piece, piece, piece, fc.constantFrom("xyzzy", "犇犇", "q")), weight: fc.constantFrom(1, 1.6, 2, 2.4, 2.5, 3) });
    const compact = fc.oneof(
      fc.constant(""),
      piece,
      fc.nat(index.services.length - 1).map((p) => index.services[p]!.keywordList[0] ?? ""),
      fc.nat(index.services.length - 1).map((p) => index.services[p]!.titleCompact.slice(0, 6)),
    );
    fc.assert(
      fc.property(fc.uniqueArray(term, { minLength: 1, maxLength: 12, selector: (t) => t.text }), compact, fc.constantFrom(1, 5, 50), (terms, whole, limit) => {
        expect(summary(ranked(index, terms, whole, limit))).toEqual(summary(reference(index, terms, whole, limit)));
      }),
      { numRuns: 300 },
    );
    db.close();
  }, 60_000);
});
