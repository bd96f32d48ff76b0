// The service guide's search: a resident's own words → the services they most likely mean.
// Candidates are the services whose title or keywords contain a piece of the question, found in the
// catalogue's index in memory (./search-index.ts); they are ranked here, where a title counts more than
// a keyword and a keyword more than the summary, and a piece that many candidates share counts less than
// a rare one. A piece that is no catalogue word is looked up by its sound (sounds.ts): the words it may
// have meant join as weaker terms (低宝 → 低保).
import type { Service } from "../../db/queries/catalog.js";
import type { DomainDeps } from "../deps.js";
import { catalogIndex, namedBy, textOf, type IndexedService } from "./search-index.js";
import { meantInstead, soundKey } from "./sounds.js";
import { ageTerms, normaliseQuery, searchTerms, type Term } from "./terms.js";

export const MAX_QUERY_LENGTH = 100;
/** At most this many candidates, the best by their titles and keywords, are read whole. */
const CANDIDATES = 120;
/** How much a piece counts where it stands: in a title, in the keywords, in the summary or eligibility. */
const TITLE = 3;
const KEYWORDS = 2.5;
const TEXT = 0.6;
/** What the whole question adds when it is a title or a keyword. */
const WHOLE = 12;
/** Below this a match is too thin to offer (e.g. one common pair in a summary). */
const MIN_SCORE = 4;
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
  if (typed.length === 0) return [];
  const [index, keyed] = await Promise.all([catalogIndex(deps.directory.orm), soundKeys(typed)]);
  // Words the resident may have meant, and the words the catalogue files their age under.
  const extra: Term[] = [...ageTerms(query)];
  for (const term of typed) {
    const key = keyed.get(term.text);
    const meant = key ? meantInstead(term.text, index.sounds.get(key) ?? []).slice(0, MEANT_PER_TERM) : [];
    for (const word of meant) extra.push({ text: word, weight: term.weight * SOUNDS_LIKE });
  }
  const known = new Set(typed.map((t) => t.text));
  const terms = [...typed, ...dedupe(extra.filter((t) => !known.has(t.text)))];

  // A word found only in the long texts ("licence" in a loan's "business licence") is not a match by
  // itself: at least one piece must be in the title or the keywords, so only those services are candidates.
  const named = terms.map((t) => namedBy(index, t.text));
  // A term that names many services says little: rare terms weigh more.
  const total = index.services.length;
  const idf = named.map(({ positions }) => Math.log(1 + total / (1 + positions.length)));
  const compact = normalised.replace(/\s+/g, "");
  const place = (entry: IndexedService, term: string) =>
    entry.title.includes(term) ? TITLE : entry.keywords.includes(term) ? KEYWORDS : textOf(entry).includes(term) ? TEXT : 0;
  const score = (entry: IndexedService) => {
    let sum = 0;
    terms.forEach((term, i) => {
      sum += place(entry, term.text) * term.weight * idf[i]!;
    });
    // The whole question is a title or a keyword ("低保", "residence permit").
    if (compact.length >= 2 && (entry.titleCompact.includes(compact) || entry.keywordList.includes(compact))) sum += WHOLE;
    return sum;
  };

  // First by titles and keywords alone, from the terms' lists. Then the texts, only for the candidates
  // they can still lift into the first `limit` (a text adds at most TEXT × weight × idf per term), and
  // for no more than CANDIDATES of those: a text decides between services a title or keyword named, it
  // does not bring up one of the thousand that share a common word.
  const byNames = new Float64Array(total);
  const positions: number[] = [];
  named.forEach(({ positions: at, inTitle }, i) => {
    const weight = terms[i]!.weight * idf[i]!;
    for (let j = 0; j < at.length; j++) {
      const p = at[j]!;
      if (byNames[p] === 0) positions.push(p);
      byNames[p]! += (inTitle[j] ? TITLE : KEYWORDS) * weight;
    }
  });
  const candidates = positions.map((p) => {
    const entry = index.services[p]!;
    const whole = compact.length >= 2 && (entry.titleCompact.includes(compact) || entry.keywordList.includes(compact));
    return { entry, score: byNames[p]! + (whole ? WHOLE : 0) };
  });
  const textAtMost = terms.reduce((sum, term, i) => sum + TEXT * term.weight * idf[i]!, 0);
  candidates.sort((a, b) => b.score - a.score);
  const floor = Math.max(MIN_SCORE, candidates[limit - 1]?.score ?? -Infinity) - textAtMost;
  return candidates
    .slice(0, CANDIDATES)
    .filter((c) => c.score >= floor)
    .map((c) => ({ service: c.entry.service, score: score(c.entry) }))
    .filter((h) => h.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.service.sort - b.service.sort || a.service.id - b.service.id)
    .slice(0, limit);
}

/** Each typed term's sound key, where it has one. */
async function soundKeys(terms: Term[]): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  for (const term of terms) {
    const key = await soundKey(term.text);
    if (key) keys.set(term.text, key);
  }
  return keys;
}

function dedupe(terms: Term[]): Term[] {
  const best = new Map<string, number>();
  for (const t of terms) best.set(t.text, Math.max(best.get(t.text) ?? 0, t.weight));
  return [...best].map(([text, weight]) => ({ text, weight }));
}

/** Records a question nobody could answer, for staff to see (./misses.ts). */
export { rememberMiss } from "./misses.js";
