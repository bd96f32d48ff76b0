// The service guide's search: a resident's own words → the services they most likely mean.
// Candidates are the services whose title or keywords contain a piece of the question, found in the
// catalogue's index in memory (./search-index.ts); they are ranked here, where a title counts more than
// a keyword and a keyword more than the summary, and a piece that many candidates share counts less than
// a rare one. A piece that is no catalogue word is looked up by its sound (sounds.ts): the words it may
// have meant join as weaker terms (低宝 → 低保).
import type { Service } from "../../db/queries/catalog.js";
import type { DomainDeps } from "../deps.js";
import { catalogIndex, inText, isWholeName, namedBy, nextRound, type CatalogIndex, type Scratch } from "./search-index.js";
import { meantInstead, soundKeys } from "./sounds.js";
import { ageTerms, normaliseQuery, searchTerms, type Term } from "./terms.js";

export const MAX_QUERY_LENGTH = 100;
/** At most this many candidates, the best by their titles and keywords, are read whole. */
export const CANDIDATES = 120;
/** How much a piece counts where it stands: in a title, in the keywords, in the summary or eligibility. */
export const TITLE = 3;
export const KEYWORDS = 2.5;
export const TEXT = 0.6;
/** What the whole question adds when it is a title or a keyword. */
export const WHOLE = 12;
/** Below this a match is too thin to offer (e.g. one common pair in a summary). */
export const MIN_SCORE = 4;
/** A word the resident may have meant counts this much of what they typed. */
const SOUNDS_LIKE = 0.8;
/** At most this many words meant instead of one typed. */
const MEANT_PER_TERM = 3;

export interface SearchHit {
  service: Service;
  score: number;
}

export async function searchServices(deps: DomainDeps, query: string, limit = 5): Promise<SearchHit[]> {
  const normalised = normaliseQuery(query.slice(0, MAX_QUERY_LENGTH));
  const typed = searchTerms(normalised);
  if (typed.length === 0 || limit <= 0) return [];
  const [index, keyOf] = await Promise.all([catalogIndex(deps.directory.orm), soundKeys()]);
  // Words the resident may have meant, and the words the catalogue files their age under.
  const extra: Term[] = [...ageTerms(query)];
  for (const term of typed) {
    if (index.words.has(term.text)) continue; // a catalogue word: it meant what it said
    const key = keyOf(term.text);
    const meant = key ? meantInstead(term.text, index.sounds.get(key) ?? []).slice(0, MEANT_PER_TERM) : [];
    for (const word of meant) extra.push({ text: word, weight: term.weight * SOUNDS_LIKE });
  }
  const known = new Set(typed.map((t) => t.text));
  const terms = [...typed, ...dedupe(extra.filter((t) => !known.has(t.text)))];
  return ranked(index, terms, normalised.replace(/\s+/g, ""), limit);
}

/**
 * The first `limit` services for these terms, best first; `compact` is the whole question without its
 * spaces. (Exported for the test that checks its shortcuts against scoring every service.)
 */
export function ranked(index: CatalogIndex, terms: Term[], compact: string, limit: number): SearchHit[] {
  if (limit <= 0) return [];
  // A word found only in the long texts ("licence" in a loan's "business licence") is not a match by
  // itself: at least one piece must be in the title or the keywords, so only those services are candidates.
  const named = terms.map((t) => namedBy(index, t.text));
  // A term that names many services says little: rare terms weigh more.
  const total = index.services.length;
  const idf = named.map(({ positions }) => Math.log(1 + total / (1 + positions.length)));
  const place = (p: number, term: string) => {
    const entry = index.services[p]!;
    return entry.title.includes(term) ? TITLE : entry.keywords.includes(term) ? KEYWORDS : inText(index, p, term) ? TEXT : 0;
  };
  // The whole question is a title or a keyword ("低保", "residence permit").
  const isWhole = (p: number) => compact.length >= 2 && isWholeName(index, p, compact);
  const score = (p: number) => {
    let sum = 0;
    for (let i = 0; i < terms.length; i++) sum += place(p, terms[i]!.text) * terms[i]!.weight * idf[i]!;
    if (isWhole(p)) sum += WHOLE;
    return sum;
  };

  // First by titles and keywords alone, from the terms' lists, in the index's scratch numbers (nothing
  // awaits from here on, so no other search uses them meanwhile). Then the texts, only for the candidates
  // they can still lift into the first `limit` (a text adds at most TEXT × weight × idf per term), and
  // for no more than CANDIDATES of those: a text decides between services a title or keyword named, it
  // does not bring up one of the thousand that share a common word.
  const { scratch } = index;
  const round = nextRound(scratch);
  const { score: byNames, order } = scratch;
  let count = 0;
  named.forEach(({ positions, titles }, i) => {
    const weight = terms[i]!.weight * idf[i]!;
    // Both lists are in order: walk them side by side.
    let t = 0;
    for (let j = 0; j < positions.length; j++) {
      const p = positions[j]!;
      while (t < titles.length && titles[t]! < p) t++;
      if (scratch.round[p] !== round) {
        scratch.round[p] = round;
        byNames[p] = 0;
        order[count++] = p;
      }
      byNames[p]! += (titles[t] === p ? TITLE : KEYWORDS) * weight;
    }
  });
  for (let j = 0; j < count; j++) if (isWhole(order[j]!)) byNames[order[j]!]! += WHOLE;
  const textAtMost = terms.reduce((sum, term, i) => sum + TEXT * term.weight * idf[i]!, 0);
  const floor = Math.max(MIN_SCORE, nthBest(byNames, order, count, limit)) - textAtMost;
  // The first `limit` hits, best first, kept in order as they come (no sort of every hit).
  const hits: SearchHit[] = [];
  for (const p of bestNamed(scratch, count, floor, CANDIDATES)) {
    const sum = score(p);
    if (sum < MIN_SCORE) continue;
    keepBest(hits, { service: index.services[p]!.service, score: sum }, limit, before);
  }
  return hits;
}

/** Puts `item` into `best` (the n best so far, best first) if it is among the n best. */
function keepBest<T>(best: T[], item: T, n: number, isBefore: (a: T, b: T) => boolean): void {
  if (best.length === n && !isBefore(item, best[n - 1]!)) return;
  let at = Math.min(best.length, n - 1);
  while (at > 0 && isBefore(item, best[at - 1]!)) at--;
  best.splice(at, 0, item);
  if (best.length > n) best.pop();
}

/** Whether a hit comes before another: the better score, then the catalogue's order. */
function before(a: SearchHit, b: SearchHit): boolean {
  return (b.score - a.score || a.service.sort - b.service.sort || a.service.id - b.service.id) < 0;
}

/** The n-th best of the scores of `order`'s first `count` services (-Infinity when fewer), without sorting them all. */
function nthBest(score: Float64Array, order: Int32Array, count: number, n: number): number {
  if (n <= 0 || count < n) return -Infinity;
  const best: number[] = [];
  for (let j = 0; j < count; j++) keepBest(best, score[order[j]!]!, n, (a, b) => a > b);
  return best[n - 1]!;
}

/**
 * The services first scored by their names whose score reaches `floor`; when more than `most` do, the
 * `most` best, ties going to the one named first — what sorting them all by score and keeping the first
 * `most` gives, without sorting the services.
 */
function bestNamed(scratch: Scratch, count: number, floor: number, most: number): number[] {
  const { score, order, values } = scratch;
  let passing = 0;
  for (let j = 0; j < count; j++) if (score[order[j]!]! >= floor) values[passing++] = score[order[j]!]!;
  const kept: number[] = [];
  if (passing <= most) {
    for (let j = 0; j < count; j++) if (score[order[j]!]! >= floor) kept.push(order[j]!);
    return kept;
  }
  // The `most`-th best score: every service above it stays, and of those at it the first named.
  const sorted = values.subarray(0, passing).sort();
  const cut = sorted[passing - most]!;
  let atCut = most - (passing - 1 - sorted.lastIndexOf(cut));
  for (let j = 0; j < count; j++) {
    const p = order[j]!;
    if (score[p]! > cut || (score[p] === cut && atCut-- > 0)) kept.push(p);
  }
  return kept;
}

function dedupe(terms: Term[]): Term[] {
  const best = new Map<string, number>();
  for (const t of terms) best.set(t.text, Math.max(best.get(t.text) ?? 0, t.weight));
  return [...best].map(([text, weight]) => ({ text, weight }));
}

/** Records a question nobody could answer, for staff to see (./misses.ts). */
export { rememberMiss } from "./misses.js";
