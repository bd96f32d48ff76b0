// The guide's search index, kept in memory per process (Node) or isolate (Workers): every service with
// its titles, keywords and texts normalised, lists of the services by the two-character pieces of their
// titles and keywords, a sketch of each text's pieces, and the catalogue's words by sound. A question
// then costs one database read — the catalogue's stamp — instead of a full-text query, LIKE queries, a
// sound lookup and reading the candidates' texts. The lists and sketches are typed arrays, and a
// search's scores go in buffers kept here: a search leaves little for the garbage collector, whose
// pauses and the waits for a core are most of the slowest searches' time (BENCHMARKS.md).
//
// The stamp (table catalog_version) is changed by triggers on every write to `services` or
// `search_sounds`, whoever makes it (an import from the console or the command line, SQL run on D1 from
// outside), so an index is never used for a catalogue it was not built from: a search that finds another
// stamp builds the index again (1–1.5 s of CPU for 5,000 services on the loaded development VM,
// pinyin's dictionary included: BENCHMARKS.md). Isolates share nothing: each builds its own on its first search. Indexes are
// kept by stamp, and stamps are random, so two databases in one process (tests) never share one.
import { allServices, allSounds, catalogStamp, type Service } from "../../db/queries/catalog.js";
import type { Orm } from "../../db/database.js";
import { normaliseQuery } from "./terms.js";

/** One service as the search reads it. */
export interface IndexedService {
  service: Service;
  /** Both languages' titles, normalised (normaliseQuery). */
  title: string;
  keywords: string;
  /** The titles without spaces, and each keyword alone without spaces: a whole question may be one of them. */
  titleCompact: string;
  keywordList: string[];
  /** Summary and eligibility, normalised. */
  text: string;
}

export interface CatalogIndex {
  stamp: string;
  services: IndexedService[];
  /**
   * Each two-character piece (as pairKey) of a title or keyword → the positions in `services` of the
   * services that have it, in order; and each Chinese character alone (its code, below any pair's key).
   */
  pieces: Map<number, Int32Array>;
  /** The two-character pieces of the titles alone. */
  titlePieces: Map<number, Int32Array>;
  /** Sound key → the catalogue words filed under it. */
  sounds: Map<string, string[]>;
  /** Every word filed by sound: a term that is one meant what it said, and needs no sound key. */
  words: Set<string>;
  /** Sketches of each service's text and of its whole names (see `sketch`): `TEXT_SKETCH` and `NAME_SKETCH` numbers per service. */
  textSketches: Uint32Array;
  nameSketches: Uint32Array;
  /** Room for one search's scores, one slot per service, reused by every search (./search.ts). */
  scratch: Scratch;
}

/**
 * A search's working numbers, kept with the index so that a search allocates no array the size of the
 * catalogue (each would be garbage to collect, and collections were a good part of the slowest searches). Only
 * the synchronous part of a search uses them, so searches running side by side never share them. A
 * service's score counts in this search only when `round[position]` is this search's number: nothing is
 * cleared between searches, and a search that throws leaves nothing behind.
 */
export interface Scratch {
  round: Uint32Array;
  score: Float64Array;
  /** The services scored in this search, in the order they were first named. */
  order: Int32Array;
  /** Spare room for sorting scores. */
  values: Float64Array;
  /** The number of the last search. */
  last: number;
}

/** A new search's number in `scratch`: its services' scores start from nothing. */
export function nextRound(scratch: Scratch): number {
  if (scratch.last === 0xffffffff) {
    scratch.round.fill(0);
    scratch.last = 0;
  }
  return ++scratch.last;
}

/** Indexes of the catalogues seen last (a process normally sees one database; tests open many). */
const built = new Map<string, Promise<CatalogIndex>>();
const KEEP = 4;

/** The index of the catalogue as it is now: one read of the stamp, and a build when the catalogue changed. */
export async function catalogIndex(orm: Orm): Promise<CatalogIndex> {
  const stamp = await catalogStamp(orm);
  let index = built.get(stamp);
  if (!index) {
    index = buildIndex(orm, stamp);
    built.set(stamp, index);
    index.catch(() => built.delete(stamp));
    while (built.size > KEEP) built.delete(built.keys().next().value!);
  }
  return index;
}

const none = new Int32Array(0);

/** Two UTF-16 code units as one number: cheaper to hash than a two-character string. */
const pairKey = (text: string, at: number) => text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);

async function buildIndex(orm: Orm, stamp: string): Promise<CatalogIndex> {
  // Rows written after the stamp was read are newer than it, never older: the next search then sees a
  // new stamp and builds again.
  const [rows, soundRows] = await Promise.all([allServices(orm), allSounds(orm)]);
  const services = rows.map(indexed);
  const pieces = new Map<number, number[]>();
  const titlePieces = new Map<number, number[]>();
  const file = (map: Map<number, number[]>, key: number, position: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  };
  services.forEach((entry, position) => {
    const named = `${entry.title}\n${entry.keywords}`;
    for (let i = 0; i < named.length; i++) {
      const code = named.charCodeAt(i);
      if (code >= 0x3400) file(pieces, code, position);
      if (i + 1 < named.length) {
        file(pieces, pairKey(named, i), position);
        if (i + 1 < entry.title.length) file(titlePieces, pairKey(named, i), position);
      }
    }
  });
  const sounds = new Map<string, string[]>();
  const words = new Set<string>();
  for (const { key, word } of soundRows) {
    words.add(word);
    const filed = sounds.get(key);
    if (filed) filed.push(word);
    else sounds.set(key, [word]);
  }
  // Typed arrays: the garbage collector does not walk through their numbers each time it runs.
  const packed = (map: Map<number, number[]>) => new Map([...map].map(([key, list]) => [key, Int32Array.from(list)]));
  const size = services.length;
  const textSketches = new Uint32Array(size * TEXT_SKETCH);
  const nameSketches = new Uint32Array(size * NAME_SKETCH);
  services.forEach((entry, position) => {
    sketch(entry.text, textSketches, position, TEXT_SKETCH);
    sketch(entry.titleCompact, nameSketches, position, NAME_SKETCH);
    for (const keyword of entry.keywordList) sketch(keyword, nameSketches, position, NAME_SKETCH);
  });
  const scratch = { round: new Uint32Array(size), score: new Float64Array(size), order: new Int32Array(size), values: new Float64Array(size), last: 0 };
  return { stamp, services, pieces: packed(pieces), titlePieces: packed(titlePieces), sounds, words, textSketches, nameSketches, scratch };
}

function indexed(service: Service): IndexedService {
  Object.freeze(service);
  const title = normaliseQuery(`${service.titleZh} ${service.titleEn}`);
  return {
    service,
    title,
    keywords: normaliseQuery(`${service.keywordsZh} ${service.keywordsEn}`),
    titleCompact: title.replace(/\s+/g, ""),
    keywordList: `${service.keywordsZh}|${service.keywordsEn}`.split("|").map((k) => normaliseQuery(k).replace(/\s+/g, "")),
    // Normalised here, not when a search first reads it: about 70 ms of the build for 5,000 services,
    // instead of the first searches after a build each paying for their candidates' texts.
    text: normaliseQuery(`${service.summaryZh} ${service.summaryEn} ${service.eligibilityZh} ${service.eligibilityEn}`),
  };
}

/**
 * A sketch of a text is a row of bits, one set for each of its two-character pieces (by a hash of the
 * piece): a piece whose bit is not set is not in the text, so most terms are ruled out without reading
 * the text. A set bit proves nothing (another piece may have set it): `includes` decides. 1,024 bits
 * for a summary and eligibility, 256 for a service's names (the city-like benchmark catalogue sets 8 %
 * and 12 % of them).
 */
const TEXT_SKETCH = 32;
const NAME_SKETCH = 8;

function bitOf(text: string, at: number, words: number): number {
  return (Math.imul(pairKey(text, at), 0x9e3779b1) >>> 0) % (words * 32);
}

function sketch(text: string, sketches: Uint32Array, position: number, words: number): void {
  for (let i = 0; i + 1 < text.length; i++) {
    const bit = bitOf(text, i, words);
    sketches[position * words + (bit >>> 5)]! |= 1 << (bit & 31);
  }
}

/** Whether every two-character piece of `term` may be in the sketched text (always, for a single character). */
function mayHave(term: string, sketches: Uint32Array, position: number, words: number): boolean {
  for (let i = 0; i + 1 < term.length; i++) {
    const bit = bitOf(term, i, words);
    if ((sketches[position * words + (bit >>> 5)]! & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

/** Whether the summary or eligibility of the service at `position` contains `term`. */
export function inText(index: CatalogIndex, position: number, term: string): boolean {
  return mayHave(term, index.textSketches, position, TEXT_SKETCH) && index.services[position]!.text.includes(term);
}

/** Whether a whole question, without its spaces, is in the service's titles or is one of its keywords. */
export function isWholeName(index: CatalogIndex, position: number, compact: string): boolean {
  if (!mayHave(compact, index.nameSketches, position, NAME_SKETCH)) return false;
  const entry = index.services[position]!;
  return entry.titleCompact.includes(compact) || entry.keywordList.includes(compact);
}

/**
 * The services a term names (in their title or keywords): their positions in `services`, in order, and
 * those of them whose title has it (in order too, a part of `positions`).
 */
export interface Named {
  positions: ArrayLike<number>;
  titles: ArrayLike<number>;
}

/**
 * The services whose title or keywords contain `term`. A piece of two characters is the lists
 * themselves; a longer one checks, whole, the services that have every one of its pieces; a single
 * character reads its list (Chinese) or every service.
 */
export function namedBy(index: CatalogIndex, term: string): Named {
  if (term.length === 2) {
    return { positions: index.pieces.get(pairKey(term, 0)) ?? none, titles: index.titlePieces.get(pairKey(term, 0)) ?? none };
  }
  const lists: Int32Array[] = [];
  if (term.length === 1 && term.charCodeAt(0) >= 0x3400) lists.push(index.pieces.get(term.charCodeAt(0)) ?? none);
  for (let i = 0; i + 2 <= term.length; i++) lists.push(index.pieces.get(pairKey(term, i)) ?? none);
  const found = { positions: [] as number[], titles: [] as number[] };
  const check = (p: number) => {
    const entry = index.services[p]!;
    const inTitle = entry.title.includes(term);
    if (inTitle || entry.keywords.includes(term)) {
      found.positions.push(p);
      if (inTitle) found.titles.push(p);
    }
  };
  if (lists.length === 0) for (let p = 0; p < index.services.length; p++) check(p);
  else forEveryOne(lists, check);
  return found;
}

/**
 * Calls `each` with every position that all the lists (each in order) have, in order: the shortest list
 * is walked, the others followed with a cursor each. A long term's rarest piece alone leaves hundreds of
 * services for `includes` to rule out ("permit": every title with "it"); all its pieces together, few.
 */
function forEveryOne(lists: Int32Array[], each: (position: number) => void): void {
  lists.sort((a, b) => a.length - b.length);
  const cursors = new Int32Array(lists.length);
  next: for (const p of lists[0]!) {
    for (let l = 1; l < lists.length; l++) {
      const list = lists[l]!;
      let c = cursors[l]!;
      while (c < list.length && list[c]! < p) c++;
      cursors[l] = c;
      if (c === list.length) return;
      if (list[c] !== p) continue next;
    }
    each(p);
  }
}
