import { foldText } from '../text/fold.ts';
import { TABLE as FOLD_TABLE } from './fold-fast.ts';
import { Case, isUpperAt, SMALL, syllableAt, syllableHash } from './syllable-table.ts';

export { Case, isUpperAt, syllableHash };

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

export interface Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  readonly gap: Uint8Array;
  readonly cap: Uint8Array;
  /** Folded form of each token (lower-case, no diacritics); past `count`, undefined or stale. */
  readonly key: string[];
  /** Lower-case NFC of each token, with new-style tones. */
  readonly lower: string[];
  /** `syllableHash(key[i])`: lets a lexicon reject most tokens without hashing a string. */
  readonly hash: Int32Array;
}

/** True when token `i` is the folded syllable whose hash is `h` (compared by number first). */
export function isKey(toks: Tokens, i: number, h: number, key: string): boolean {
  return toks.hash[i] === h && toks.key[i] === key;
}

// What each code unit of the NFC text is once folded: 1 a letter (a-z, the
// Latin and Greek/Cyrillic blocks, marks included, but × and ÷; the CJK and
// later blocks), 2 a digit. Read off the raw text, so the token loop never
// touches the folded one.
const LETTER = 1;
const DIGIT = 2;
const CLASS = new Uint8Array(0x2400);
for (let c = 0; c < CLASS.length; c++) {
  const f = FOLD_TABLE[c]!;
  CLASS[c] = f >= 48 && f <= 57 ? DIGIT : (f >= 97 && f <= 122) || (f >= 0xc0 && f < 0x2000 && f !== 0xd7 && f !== 0xf7) || f >= 0x3040 ? LETTER : 0;
}

function classOf(c: number): number {
  return c < 0x2400 ? CLASS[c]! : c >= 0x3040 ? LETTER : 0;
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

interface Buffers {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  gap: Uint8Array;
  cap: Uint8Array;
  hash: Int32Array;
  key: (string | undefined)[];
  lower: (string | undefined)[];
}

function buffers(size: number, from?: Buffers): Buffers {
  const grown = <T extends Int32Array | Uint8Array>(a: T | undefined, make: new (len: number) => T): T => {
    const b = new make(size);
    if (a) b.set(a);
    return b;
  };
  return {
    start: grown(from?.start, Int32Array),
    end: grown(from?.end, Int32Array),
    kind: grown(from?.kind, Uint8Array),
    gap: grown(from?.gap, Uint8Array),
    cap: grown(from?.cap, Uint8Array),
    hash: grown(from?.hash, Int32Array),
    key: from?.key ?? [],
    lower: from?.lower ?? [],
  };
}

// The arrays of the last text tagged, reused by the next one: six typed
// arrays per text are six allocations outside the JS heap, which Chromium
// pays for in time and in eager collections. Slot 0 holds the text being
// tagged, slot 1 a quoted name read inside it.
const shared: (Buffers | undefined)[] = [];
/** Slots past the last token read as zero, as in fresh arrays (finders look a few tokens ahead). */
const TAIL = 32;

/**
 * Splits NFC text into word and number tokens; `fold` is `foldText(text)`.
 * With a `slot`, the arrays are those of the previous call made with that
 * slot, valid until the next one (tagEntities tags one text at a time).
 */
export function tokenize(text: string, fold: string = foldText(text), slot?: 0 | 1): Tokens {
  const n = fold.length;
  const reuse = slot !== undefined;
  let b = reuse ? (shared[slot] ??= buffers(1 << 10)) : buffers((n >> 2) + TAIL + 8);
  const { key, lower } = b;
  let count = 0;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const cls = classOf(text.charCodeAt(i));
    if (cls === 0) {
      i++;
      continue;
    }
    const s = i;
    // FNV-1a of the code units as written; 0x811c9dc5 as an int32, so the hash stays a small integer.
    let raw = -2128831035;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (classOf(c) !== cls) break;
      raw = Math.imul(raw ^ c, 0x01000193);
    }
    const digit = cls === DIGIT;
    const syl = syllableAt(text, fold, s, i, raw & SMALL, !digit);
    if (count + TAIL >= b.start.length) {
      b = buffers(b.start.length * 2, b);
      if (reuse) shared[slot] = b;
    }
    b.hash[count] = syl.keyHash;
    b.start[count] = s;
    b.end[count] = i;
    b.kind[count] = digit ? Kind.Number : Kind.Word;
    b.gap[count] = count === 0 ? Gap.Hard : gapOf(fold, prevEnd, s);
    b.cap[count] = syl.cap;
    key[count] = syl.key;
    lower[count] = syl.lower;
    prevEnd = i;
    count++;
  }
  if (reuse) {
    // Truncating the reused arrays would hand their storage back, to be grown again by the next text.
    const to = count + TAIL;
    for (let j = count; j < to && j < key.length; j++) {
      key[j] = undefined;
      lower[j] = undefined;
    }
    b.start.fill(0, count, to);
    b.end.fill(0, count, to);
    b.kind.fill(0, count, to);
    b.gap.fill(0, count, to);
    b.cap.fill(0, count, to);
    b.hash.fill(0, count, to);
  } else {
    key.length = count;
    lower.length = count;
  }
  return { count, start: b.start, end: b.end, kind: b.kind, gap: b.gap, cap: b.cap, key: key as string[], lower: lower as string[], hash: b.hash };
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
