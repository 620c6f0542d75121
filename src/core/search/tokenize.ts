import { foldText } from '../text/fold.ts';

// One tokenizer for documents and queries, so a query token always meets the
// index token it was typed for. It scans the folded text (same length as the
// input, see fold.ts) and slices the original at the same offsets, which gives
// both forms of every token without a second pass.

/** Longer runs are hashes, base64 or glued URLs that nobody types. */
export const MAX_TOKEN_LENGTH = 48;

/** `folded`: lower-case, no diacritics; `exact`: lower-case with its diacritics. */
export type TokenVisitor = (folded: string, exact: string, start: number, end: number) => void;

// Letters, digits and combining marks (a stray mark must not cut a word in two).
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const WORD_BMP = new Uint8Array(0xd800);
for (let c = 0; c < WORD_BMP.length; c++) WORD_BMP[c] = WORD_RE.test(String.fromCharCode(c)) ? 1 : 0;

/** Code units the word character at `i` spans (2 for an astral letter), 0 if not a word character. */
function wordWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800) return WORD_BMP[c]!;
  const cp = s.codePointAt(i)!;
  if (cp <= 0xffff) return WORD_RE.test(s[i]!) ? 1 : 0;
  return WORD_RE.test(String.fromCodePoint(cp)) ? 2 : 0;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Calls `visit` for every token of `text`: a run of Unicode letters/digits,
 * where `.` or `,` between two digits stays inside the token so figures such
 * as `6.452,7` or `22,57` are searchable as typed.
 */
export function tokenize(text: string, visit: TokenVisitor): void {
  const folded = foldText(text);
  const n = folded.length;
  let i = 0;
  while (i < n) {
    let w = wordWidth(folded, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    i += w;
    while (i < n) {
      const c = folded.charCodeAt(i);
      if ((c === 46 || c === 44) && isDigit(folded.charCodeAt(i - 1)) && isDigit(folded.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      w = wordWidth(folded, i);
      if (w === 0) break;
      i += w;
    }
    if (i - start > MAX_TOKEN_LENGTH) continue;
    const f = folded.slice(start, i);
    const o = text.slice(start, i);
    visit(f, o === f ? f : o.toLowerCase(), start, i);
  }
}
