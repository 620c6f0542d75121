import { normalizeTone } from '../text/fold.ts';

// Every token of every text used to be sliced out, folded and lower-cased
// afresh: thousands of short-lived strings per article, and as many string
// hashes computed again in each Set and Map lookup of the finders. A text
// draws on a few thousand distinct syllables, so each one is kept once here
// (found by a hash of its code units, compared in place without slicing)
// with its folded key, lower-case form and case. The strings handed out are
// the same objects every time, and their hashes are cached by the engine.

/** 0 lower-case, 1 Capitalised, 2 ALL CAPS (two letters or more). */
export const Case = { Lower: 0, Upper: 1, AllCaps: 2 } as const;

export interface Syllable {
  /** The token as written (NFC). */
  readonly text: string;
  /** Folded: lower-case, no diacritics. */
  readonly key: string;
  /** FNV-1a of `key`. */
  readonly keyHash: number;
  /** Lower-case NFC with new-style tones. */
  readonly lower: string;
  readonly cap: number;
}

const UPPER = new Uint8Array(0x2000);
for (let c = 0; c < UPPER.length; c++) {
  const ch = String.fromCharCode(c);
  if (ch !== ch.toLowerCase()) UPPER[c] = 1;
}

/** Upper-case test on the NFC text (the folded text is all lower-case). */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x2000 ? UPPER[c] === 1 : false;
}

/**
 * FNV-1a over the code units of a folded syllable, kept to 30 bits: a small
 * integer the engines pass and store unboxed (a full int32 hash handed to a
 * function or a Set is a heap number allocated on every token).
 */
export function syllableHash(s: string): number {
  let h = -2128831035;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h & SMALL;
}

/** The mask that keeps a hash within the engines' small integers. */
export const SMALL = 0x3fffffff;

/** Only a vowel pair with a tone mark can need moving ("hoà" → "hòa"): a cheap test before normalizeTone. */
export const OLD_TONE = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/;

function caseOf(text: string, s: number, e: number): number {
  if (!isUpperAt(text, s)) return Case.Lower;
  if (e - s < 2) return Case.Upper;
  for (let j = s + 1; j < e; j++) if (!isUpperAt(text, j)) return Case.Upper;
  return Case.AllCaps;
}

function makeSyllable(text: string, fold: string, s: number, e: number, letters: boolean): Syllable {
  const word = text.slice(s, e);
  let lower = word.toLowerCase();
  if (OLD_TONE.test(lower)) lower = normalizeTone(lower);
  const key = fold.slice(s, e);
  return { text: word, key, keyHash: syllableHash(key), lower, cap: letters ? caseOf(text, s, e) : Case.Lower };
}

// Open addressing over the raw hash; the table stops growing at MAX entries
// (a stream of distinct numbers must not hold memory forever): past it, new
// syllables are made fresh each time, which is what every token cost before.
const MAX = 1 << 16;
let slots = new Int32Array(1 << 14);
let rawHashes = new Int32Array(slots.length);
const entries: Syllable[] = [];

function grow(): void {
  const next = new Int32Array(slots.length * 2);
  const mask = next.length - 1;
  for (let k = 0; k < entries.length; k++) {
    let p = rawHashes[k]! & mask;
    while (next[p] !== 0) p = (p + 1) & mask;
    next[p] = k + 1;
  }
  slots = next;
  const hashes = new Int32Array(next.length);
  hashes.set(rawHashes);
  rawHashes = hashes;
}

/**
 * The syllable written at `text[s, e)` (folded in `fold`); `rawHash` is
 * FNV-1a of those code units.
 */
export function syllableAt(text: string, fold: string, s: number, e: number, rawHash: number, letters: boolean): Syllable {
  const mask = slots.length - 1;
  const len = e - s;
  let p = rawHash & mask;
  for (let id = slots[p]!; id !== 0; id = slots[p]!) {
    if (rawHashes[id - 1] === rawHash) {
      const w = entries[id - 1]!.text;
      if (w.length === len) {
        let j = 0;
        while (j < len && w.charCodeAt(j) === text.charCodeAt(s + j)) j++;
        if (j === len) return entries[id - 1]!;
      }
    }
    p = (p + 1) & mask;
  }
  const syl = makeSyllable(text, fold, s, e, letters);
  // Long numbers rarely repeat: kept out, they would only fill the table.
  if (entries.length >= MAX || (!letters && len > 4)) return syl;
  entries.push(syl);
  rawHashes[entries.length - 1] = rawHash;
  slots[p] = entries.length;
  if (entries.length * 2 > slots.length) grow();
  return syl;
}

/**
 * A set of syllable hashes behind a 64K-bit filter: most tokens of a text
 * start no name or phrase, and one bit test turns them away before any
 * Set lookup is made.
 */
export class HashSet {
  private readonly bits = new Int32Array(2048);
  private readonly set = new Set<number>();

  constructor(hashes: Iterable<number> = []) {
    for (const h of hashes) this.add(h);
  }

  add(h: number): void {
    this.bits[(h >>> 5) & 2047]! |= 1 << (h & 31);
    this.set.add(h);
  }

  has(h: number): boolean {
    return this.mayHave(h) && this.set.has(h);
  }

  /** The filter alone: false means surely absent. For callers whose next lookup tells anyway. */
  mayHave(h: number): boolean {
    // Shifted down, not masked with 1 << 31: every value stays a small integer.
    return ((this.bits[(h >>> 5) & 2047]! >>> (h & 31)) & 1) === 1;
  }
}
