// One tokenizer for documents, queries and fingerprints, so a query token
// always meets the index token it was typed for. It scans the text once and
// only slices: folding, tone placement and composition are left to the
// callers, which do them once per distinct word instead of once per
// character (indexing 50k clips spends most of its time here).

/** Longer runs are hashes, base64 or glued URLs that nobody types. */
export const MAX_TOKEN_LENGTH = 48;

/** `token`: lower-case, NFC, diacritics as written; [start, end) in the input. */
export type TokenVisitor = (token: string, start: number, end: number) => void;

// Letters, digits and combining marks (a stray mark must not cut a word in two).
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
// Per BMP code unit: bit 1 word character, bit 2 changes under toLowerCase, bit 4 combining mark.
const CLASS = new Uint8Array(0xd800);
for (let c = 0; c < CLASS.length; c++) {
  const ch = String.fromCharCode(c);
  if (!WORD_RE.test(ch)) continue;
  CLASS[c] = 1 | (ch.toLowerCase() !== ch ? 2 : 0) | (/\p{M}/u.test(ch) ? 4 : 0);
}
const ASTRAL_WORD = 1 | 2 | 4; // rare: lower-case and normalize to be safe

/** Class bits of the character at `i` (0 if not a word character); astral ones span two units. */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800) return CLASS[c]!;
  const cp = s.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  return WORD_RE.test(ch) ? (cp > 0xffff ? ASTRAL_WORD | 8 : ASTRAL_WORD) : 0;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Calls `visit` for every token of `text`: a run of Unicode letters/digits,
 * where `.` or `,` between two digits stays inside the token so figures such
 * as `6.452,7` or `22,57` are searchable as typed.
 */
export function tokenize(text: string, visit: TokenVisitor): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = classAt(text, i);
    if (k === 0) {
      i++;
      continue;
    }
    const start = i;
    let seen = k;
    i += k & 8 ? 2 : 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if ((c === 46 || c === 44) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      k = classAt(text, i);
      if (k === 0) break;
      seen |= k;
      i += k & 8 ? 2 : 1;
    }
    if (i - start > MAX_TOKEN_LENGTH) continue;
    let token = text.slice(start, i);
    if (seen & 2) token = token.toLowerCase();
    if (seen & 4) token = token.normalize('NFC');
    visit(token, start, i);
  }
}
