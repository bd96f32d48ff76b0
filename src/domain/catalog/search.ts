// The service guide's search: a resident's own words → the services they most likely mean.
// Candidates come from the database (FTS5 trigram for pieces of 3+ characters, LIKE for shorter ones);
// they are ranked here, where a title counts more than a keyword and a keyword more than the summary,
// and a piece that many services share counts less than a rare one. A piece that is no catalogue word is
// looked up by its sound (sounds.ts): the words it may have meant join as weaker terms (低宝 → 低保).
import {
  countServices,
  ftsCandidates,
  likeCandidates,
  recordSearchMiss,
  searchCandidates,
  servicesByIds,
  wordsBySound,
  type SearchCandidate,
  type Service,
} from "../../db/queries/catalog.js";
import type { Change } from "../../db/database.js";
import type { Lang } from "../../vocabulary.js";
import type { DomainDeps } from "../deps.js";
import { meantInstead, soundKey } from "./sounds.js";
import { ageTerms, normaliseQuery, searchTerms, type Term } from "./terms.js";

export const MAX_QUERY_LENGTH = 100;
const CANDIDATES = 120;
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
  const orm = deps.directory.orm;
  const keyed = await soundKeys(typed);
  const [found, total, filed] = await Promise.all([candidateIds(deps, typed), countServices(orm), wordsBySound(orm, [...new Set(keyed.values())])]);
  // Words the resident may have meant, and the words the catalogue files their age under.
  const extra: Term[] = [...ageTerms(query)];
  for (const term of typed) {
    const key = keyed.get(term.text);
    const meant = key ? meantInstead(term.text, filed.get(key) ?? []).slice(0, MEANT_PER_TERM) : [];
    for (const word of meant) extra.push({ text: word, weight: term.weight * SOUNDS_LIKE });
  }
  const known = new Set(typed.map((t) => t.text));
  const added = dedupe(extra.filter((t) => !known.has(t.text)));
  const terms = [...typed, ...added];
  const ids = [...new Set([...found, ...(added.length ? await candidateIds(deps, added) : [])])];
  if (ids.length === 0) return [];
  const candidates = (await searchCandidates(orm, ids)).map((service) => ({ service, fields: fieldsOf(service) }));

  // How many candidates mention each term: rare terms weigh more.
  const documentFrequency = new Map(
    terms.map((t) => [t.text, candidates.filter((c) => c.fields.all.includes(t.text)).length]),
  );
  const compact = normalised.replace(/\s+/g, "");
  const hits = candidates.map(({ service, fields }) => {
    let score = 0;
    // A word found only in the long texts ("licence" in a loan's "business licence") is not a match by
    // itself: at least one piece must be in the title or the keywords.
    let named = false;
    for (const term of terms) {
      const place = fields.title.includes(term.text) ? 3 : fields.keywords.includes(term.text) ? 2.5 : fields.text.includes(term.text) ? 0.6 : 0;
      if (place === 0) continue;
      if (place > 1) named = true;
      const idf = Math.log(1 + Math.max(total, candidates.length) / (1 + documentFrequency.get(term.text)!));
      score += place * term.weight * idf;
    }
    // The whole question is a title or a keyword ("低保", "residence permit").
    if (compact.length >= 2 && (fields.titleCompact.includes(compact) || fields.keywordList.includes(compact))) score += 12;
    return { service, score: named ? score : 0 };
  });
  const best = hits
    .filter((h) => h.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.service.sort - b.service.sort || a.service.id - b.service.id)
    .slice(0, limit);
  // Only the few shown are read whole.
  const full = new Map((await servicesByIds(orm, best.map((h) => h.service.id))).map((s) => [s.id, s]));
  return best.flatMap((h) => {
    const service = full.get(h.service.id);
    return service ? [{ service, score: h.score }] : [];
  });
}

/** Services that mention any of the terms: FTS5 trigram for pieces of 3+ characters, LIKE for shorter ones. */
async function candidateIds(deps: DomainDeps, terms: Term[]): Promise<number[]> {
  const orm = deps.directory.orm;
  const long = terms.filter((t) => t.text.length >= 3).map((t) => t.text);
  const short = terms.filter((t) => t.text.length < 3).map((t) => t.text);
  const [fromFts, fromLike] = await Promise.all([ftsCandidates(orm, long, CANDIDATES), likeCandidates(orm, short, CANDIDATES)]);
  return [...fromFts, ...fromLike];
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

function fieldsOf(s: SearchCandidate) {
  const title = normaliseQuery(`${s.titleZh} ${s.titleEn}`);
  const keywords = normaliseQuery(`${s.keywordsZh} ${s.keywordsEn}`);
  const text = normaliseQuery(`${s.summaryZh} ${s.summaryEn} ${s.eligibilityZh} ${s.eligibilityEn}`);
  return {
    title,
    keywords,
    text,
    all: `${title} ${keywords} ${text}`,
    titleCompact: title.replace(/\s+/g, ""),
    keywordList: [...`${s.keywordsZh}|${s.keywordsEn}`.split("|")].map((k) => normaliseQuery(k).replace(/\s+/g, "")),
  };
}

/** Records a question nobody could answer, for staff to see (./misses.ts). */
export { rememberMiss } from "./misses.js";
