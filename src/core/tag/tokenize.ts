import { foldText } from '../text/fold.ts';

// The tagger works on syllables, not on one big regex: one pass splits the NFC
// text into letter runs and digit runs, and every finder walks these tokens
// from a cheap anchor (a digit, a keyword) and parses locally.

export const Kind = { Word: 1, Number: 2 } as const;

/** What separates a token from the one before it. */
export const Gap = {
  Space: 0,
  Comma: 1,
  Hard: 2,
  Glued: 3,
  Dash: 4,
  Period: 5,
  Slash: 6,
  Open: 7,
  Close: 8,
  Colon: 9,
} as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

/** 0 lower-case, 1 Capitalised, 2 ALL CAPS (two letters or more). */
export const Case = { Lower: 0, Upper: 1, AllCaps: 2 } as const;

export interface Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  readonly gap: Uint8Array;
  readonly cap: Uint8Array;
  /** Folded form of each token (lower-case, no diacritics). */
  readonly key: string[];
  /** `syllableHash(key[i])`: lets a lexicon reject most tokens without hashing a string. */
  readonly hash: Int32Array;
}

/** True when token `i` is the folded syllable whose hash is `h` (compared by number first). */
export function isKey(toks: Tokens, i: number, h: number, key: string): boolean {
  return toks.hash[i] === h && toks.key[i] === key;
}

/** FNV-1a over the code units of a folded syllable. */
export function syllableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

const UPPER = new Uint8Array(0x2000);
for (let c = 0; c < UPPER.length; c++) {
  const ch = String.fromCharCode(c);
  if (ch !== ch.toLowerCase()) UPPER[c] = 1;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) || c >= 0x3040;
}

/** Upper-case test on the NFC text (the folded text is all lower-case). */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x2000 ? UPPER[c] === 1 : false;
}

function gapOf(fold: string, from: number, to: number): Gap {
  if (from === to) return Gap.Glued;
  let gap: Gap = Gap.Space;
  for (let i = from; i < to; i++) {
    const c = fold.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    if (c === 10 || c === 13) return Gap.Hard;
    const g: Gap =
      c === 44 ? Gap.Comma
      : c === 45 ? Gap.Dash
      : c === 46 ? Gap.Period
      : c === 47 ? Gap.Slash
      : c === 58 ? Gap.Colon
      : c === 40 || c === 91 ? Gap.Open
      : c === 41 || c === 93 ? Gap.Close
      : Gap.Hard;
    // Two different marks (", (" or ". -") leave no simple separator.
    if (gap !== Gap.Space && gap !== g) return Gap.Hard;
    gap = g;
  }
  return gap;
}

/** Splits NFC text into word and number tokens; `fold` is `foldText(text)`. */
export function tokenize(text: string, fold: string = foldText(text)): Tokens {
  const n = fold.length;
  const cap0 = Math.max(4, (n >> 2) + 1);
  let start = new Int32Array(cap0);
  let end = new Int32Array(cap0);
  let kind = new Uint8Array(cap0);
  let gap = new Uint8Array(cap0);
  let cap = new Uint8Array(cap0);
  let hash = new Int32Array(cap0);
  const key: string[] = [];
  let count = 0;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const c = fold.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (!digit && !isLetter(c)) {
      i++;
      continue;
    }
    const s = i;
    let h = 0x811c9dc5;
    if (digit) {
      for (let d = c; i < n && d >= 48 && d <= 57; d = fold.charCodeAt(++i)) h = Math.imul(h ^ d, 0x01000193);
    } else {
      for (let d = c; i < n && isLetter(d); d = fold.charCodeAt(++i)) h = Math.imul(h ^ d, 0x01000193);
    }
    if (count === start.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (len: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      start = grow(start);
      end = grow(end);
      kind = grow(kind);
      gap = grow(gap);
      cap = grow(cap);
      hash = grow(hash);
    }
    hash[count] = h;
    start[count] = s;
    end[count] = i;
    kind[count] = digit ? Kind.Number : Kind.Word;
    gap[count] = count === 0 ? Gap.Hard : gapOf(fold, prevEnd, s);
    if (!digit && isUpperAt(text, s)) {
      let all = i - s >= 2;
      for (let j = s + 1; all && j < i; j++) if (!isUpperAt(text, j)) all = false;
      cap[count] = all ? Case.AllCaps : Case.Upper;
    } else cap[count] = Case.Lower;
    key.push(fold.slice(s, i));
    prevEnd = i;
    count++;
  }
  return { count, start, end, kind, gap, cap, key, hash };
}

/** Index of the first token starting at or after `pos` (binary search). */
export function tokenAt(toks: Tokens, pos: number): number {
  let lo = 0;
  let hi = toks.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks.start[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
