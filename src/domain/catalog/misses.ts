// Questions the guide could not answer, kept for staff to see what to add (`npm run catalog -- misses`).
// Kept without the person who asked, with personal numbers taken out, at the day (not the moment) they
// were asked, and for KEEP_SEARCH_MISSES_DAYS only: the privacy notice and /mydata say so.
import type { Change } from "../../db/database.js";
import { pruneSearchMisses, recordSearchMiss } from "../../db/queries/catalog.js";
import type { Lang } from "../../vocabulary.js";
import type { DomainDeps } from "../deps.js";
import { redactPersonalData, REDACTED } from "../personal-data.js";

/** The privacy notice (src/i18n) states this number; test/node/misses.test.ts holds them together. */
export const KEEP_SEARCH_MISSES_DAYS = 90;
const DAY = 24 * 60 * 60 * 1000;
/** As much of a question as the search reads (MAX_QUERY_LENGTH in ./search.ts). */
const KEPT_CHARACTERS = 100;

export function rememberMiss(deps: DomainDeps, query: string, language: Lang, communityId: number | null): Change {
  const question = redactPersonalData(query)
    .toLowerCase()
    // As the search normalises (punctuation to spaces), so that the same question counts as one, but
    // keeping the mark of what was taken out.
    .replace(/[^\p{L}\p{N}*]+/gu, " ")
    .trim()
    .slice(0, KEPT_CHARACTERS);
  if (question === "" || question === REDACTED) return () => [];
  const day = startOfDay(deps.now());
  return (orm) => [recordSearchMiss(orm, question, language, communityId, day)];
}

/** Deletes questions older than KEEP_SEARCH_MISSES_DAYS; returns how many. */
export function forgetOldMisses(deps: DomainDeps): Promise<number> {
  return pruneSearchMisses(deps.db.orm, startOfDay(deps.now()) - KEEP_SEARCH_MISSES_DAYS * DAY);
}

/** Midnight UTC of the day of `at`. */
function startOfDay(at: number): number {
  return Math.floor(at / DAY) * DAY;
}
