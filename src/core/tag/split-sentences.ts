// Sentences give each entity its context line and bound where a year can be
// borrowed from ("ngày 20/4 ... năm 2016" in one sentence). Scraped news glues
// sentences together ("năm 2016.Theo con số"), and initials ("T.Bình",
// "TP.Hà Giang") must not end one.

export interface SentenceSpan {
  start: number;
  end: number;
}

function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0 || c >= 0x2000) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

// An initial ("T.Bình") or a title/place abbreviation ("TP. Hải Phòng",
// "ThS.") before a period does not end a sentence.
const ABBREVIATIONS = new Set(['TP', 'Tp', 'TX', 'TT', 'TS', 'ThS', 'GS', 'PGS', 'KS', 'BS', 'Th', 'St', 'Mr', 'Ms', 'Dr']);

function endsWithInitial(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0) {
    const ch = text[i]!;
    if (ch.toLowerCase() === ch.toUpperCase()) break;
    i--;
  }
  const word = text.slice(i + 1, dot);
  if (word.length === 1) return isUpper(word.charCodeAt(0));
  return ABBREVIATIONS.has(word);
}

const BOUNDARY = /[\n\r.!?\u2026]/g;
const CLOSERS = new Set([0x201d, 34, 0x2019, 41, 93, 0xbb]);

/** Sentence spans of `text` (NFC), trimmed, in order; newlines always split. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const n = text.length;
  let s = 0;
  const push = (from: number, to: number) => {
    while (from < to && (isSpace(text.charCodeAt(from)) || text.charCodeAt(from) === 10 || text.charCodeAt(from) === 13)) from++;
    while (to > from && (isSpace(text.charCodeAt(to - 1)) || text.charCodeAt(to - 1) === 10 || text.charCodeAt(to - 1) === 13)) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      push(s, i);
      s = i + 1;
      continue;
    }
    // Keep runs of marks ("...", "?!", "./.") together.
    let j = i + 1;
    while (j < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63 || text.charCodeAt(j) === 47 || text.charCodeAt(j) === 0x2026)) j++;
    // A closing quote or bracket belongs to the sentence it closes.
    while (j < n && CLOSERS.has(text.charCodeAt(j))) j++;
    BOUNDARY.lastIndex = j;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k >= n) continue;
    const next = text.charCodeAt(k);
    if (next === 10 || next === 13) continue;
    const nextStarts = isUpper(next) || next === 0x201c || next === 34 || next === 40;
    if (!nextStarts) continue;
    if (c === 46 && j === i + 1 && endsWithInitial(text, i)) continue;
    // "1.034" and "10.12" are numbers; only letters or a space end a sentence.
    if (c === 46 && k === j && !isUpper(next)) continue;
    push(s, j);
    s = j;
  }
  push(s, n);
  return spans;
}

/** Index of the sentence holding offset `pos` (the previous one if in a gap). */
export function sentenceIndexAt(spans: readonly SentenceSpan[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
