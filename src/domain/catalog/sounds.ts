// How words sound, so that the search finds what a resident meant when they typed a homophone —
// 「低宝」 for 低保, 「残积证」 for 残疾证, the usual slip of a pinyin input method — or misspelt an
// English word ("recidence"). The catalogue's titles and keywords are filed under their sound when they
// are imported (table search_sounds); a piece of a question that is not a catalogue word is looked up by
// its sound, and the catalogue words that sound the same join the search as weaker terms.
//
// Pinyin comes from pinyin-pro (pure JS, so it runs on Workers too). It is loaded on first use: its
// dictionary costs about 0.1–0.2 s of CPU once per process or isolate, which a Worker should not pay at
// start-up for requests that never search.

import { chineseRuns, isSearchPiece, normaliseQuery, stem } from "./terms.js";

/** A catalogue word filed under how it sounds. */
export interface Sound {
  key: string;
  word: string;
}

type PinyinFn = (text: string, options: { toneType: "none"; type: "array"; v: true }) => string[];
let loading: Promise<PinyinFn> | undefined;

function pinyinOf(): Promise<PinyinFn> {
  loading ??= import("pinyin-pro").then((m) => m.pinyin as unknown as PinyinFn);
  return loading;
}

const han = /^\p{Script=Han}+$/u;

/**
 * Toneless pinyin with the distinctions many speakers do not make folded together (zh/z, ch/c, sh/s,
 * n/l, -ng/-n), as fuzzy-pinyin input methods do: 「留」 and 「牛」 sound alike to a Wuhan ear.
 */
function fold(syllable: string): string {
  return syllable
    .replace(/^([zcs])h/, "$1")
    .replace(/^n(?=[a-z])/, "l")
    .replace(/([aei])ng$/, "$1n")
    .replace(/ong$/, "on");
}

/** The sound key of a run of 2–3 Chinese characters: "py:di bao". */
export async function pinyinKey(word: string): Promise<string> {
  return pinyinKeyWith(await pinyinOf(), word);
}

function pinyinKeyWith(pinyin: PinyinFn, word: string): string {
  return `py:${pinyin(word, { toneType: "none", type: "array", v: true }).map(fold).join(" ")}`;
}

const soundexCodes = new Map(Object.entries({ b: 1, f: 1, p: 1, v: 1, c: 2, g: 2, j: 2, k: 2, q: 2, s: 2, x: 2, z: 2, d: 3, t: 3, l: 4, m: 5, n: 5, r: 6 }));

/** American Soundex ("residence" and "recidence" → R235), for English words. */
export function soundex(word: string): string {
  const letters = word.toLowerCase().replace(/[^a-z]/g, "");
  if (!letters) return "";
  let code = letters[0]!.toUpperCase();
  let last = soundexCodes.get(letters[0]!) ?? 0;
  for (const ch of letters.slice(1)) {
    const digit = soundexCodes.get(ch) ?? 0;
    if (digit && digit !== last) code += digit;
    // h and w do not separate two letters with the same code; vowels do.
    if (ch !== "h" && ch !== "w") last = digit;
    if (code.length === 4) break;
  }
  return code.padEnd(4, "0");
}

/** English words this short have too many neighbours by sound to be corrected. */
export const MIN_ENGLISH_LENGTH = 5;

/** The sound key of one search term, or null for a term that is not corrected by sound. */
export async function soundKey(term: string): Promise<string | null> {
  return (await soundKeys())(term);
}

/**
 * `soundKey` without a promise per term, once pinyin is loaded: a search asks for a key for each of its
 * twenty-odd pieces.
 */
export async function soundKeys(): Promise<(term: string) => string | null> {
  const pinyin = await pinyinOf();
  return (term) => {
    if (han.test(term)) return term.length >= 2 && term.length <= 3 ? pinyinKeyWith(pinyin, term) : null;
    if (/^[a-z]+$/.test(term) && term.length >= MIN_ENGLISH_LENGTH) return `en:${soundex(term)}`;
    return null;
  };
}

/** The sounds of a catalogue text (titles and keywords): every 2–3 character piece, every English word. */
export async function soundsOf(texts: string[]): Promise<Sound[]> {
  const words = new Set<string>();
  for (const text of texts) {
    const lower = normaliseQuery(text);
    for (const run of chineseRuns(lower)) {
      // Only pieces a question's terms can be (「保怎」 of 「医保怎么交」 is nobody's word).
      for (let i = 0; i + 2 <= run.length; i++) {
        for (const piece of [run.slice(i, i + 2), run.slice(i, i + 3)]) if (piece.length >= 2 && isSearchPiece(piece)) words.add(piece);
      }
    }
    // English words as the search cuts them too ("farmers" → "farmer"), so that a stem is a known word.
    for (const [word] of lower.matchAll(/[a-z]+/g)) if (word.length >= MIN_ENGLISH_LENGTH) words.add(word).add(stem(word));
  }
  const sounds: Sound[] = [];
  const keyOf = await soundKeys();
  for (const word of words) {
    const key = keyOf(word);
    if (key) sounds.push({ key, word });
  }
  return sounds;
}

/** Levenshtein distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The catalogue words a term may have meant: those filed under its sound, unless the term is itself a
 * catalogue word (then it meant what it said). A slip of the input method changes one character (低宝 →
 * 低保), so a Chinese word must differ in just one; English words must be spelt nearly alike.
 */
export function meantInstead(term: string, filed: readonly string[]): string[] {
  if (filed.includes(term)) return [];
  if (han.test(term)) return filed.filter((w) => w.length === term.length && [...w].filter((ch, i) => ch !== term[i]).length === 1);
  const max = term.length <= 6 ? 1 : 2;
  return filed.filter((w) => editDistance(term, w, max) <= max);
}
