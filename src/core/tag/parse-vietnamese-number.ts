// Vietnamese writes "." between thousands and "," before decimals
// ("6.452,7"). Scraped text also carries English-style figures ("4.5 kg",
// "1,200,000"); a group of exactly three digits after a lone "." is read the
// Vietnamese way ("1.034" = 1034).

export interface ParsedNumber {
  value: number;
  /** Offset just after the number. */
  end: number;
  /** True when the number has a decimal part. */
  fractional: boolean;
  /** Number of integer digits (leading zeros included: "05" → 2). */
  intDigits: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Parses the number that starts at `pos` (a digit) in `text`. */
export function parseVietnameseNumber(text: string, pos: number): ParsedNumber | null {
  const n = text.length;
  if (pos >= n || !isDigit(text.charCodeAt(pos))) return null;
  // Most numbers have no separator: read them without building groups.
  let q = pos;
  let v = 0;
  while (q < n && isDigit(text.charCodeAt(q))) v = v * 10 + text.charCodeAt(q++) - 48;
  const sep = text.charCodeAt(q);
  if (!((sep === 46 || sep === 44) && q + 1 < n && isDigit(text.charCodeAt(q + 1)))) {
    return { value: v, end: q, fractional: false, intDigits: q - pos };
  }
  return parseGrouped(text, pos);
}

// Numbers with separators, apart: the closures below would otherwise make
// every call allocate, the plain numbers too.
function parseGrouped(text: string, pos: number): ParsedNumber {
  const n = text.length;
  const groups: string[] = [];
  const seps: string[] = [];
  let i = pos;
  for (;;) {
    const s = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    groups.push(text.slice(s, i));
    const c = text[i];
    if ((c === '.' || c === ',') && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
      seps.push(c);
      i++;
      continue;
    }
    break;
  }
  const ends: number[] = [];
  let p = pos;
  for (let g = 0; g < groups.length; g++) {
    p += groups[g]!.length;
    ends.push(p);
    p += 1;
  }
  const result = (intPart: string, frac: string, groupCount: number): ParsedNumber => ({
    value: Number(frac ? `${intPart}.${frac}` : intPart),
    end: ends[groupCount - 1]!,
    fractional: frac !== '',
    intDigits: groups[0]!.length,
  });
  if (seps.length === 0) return result(groups[0]!, '', 1);

  const first = groups[0]!;
  const threeAfter = (from: number, to: number) => groups.slice(from, to).every((g) => g.length === 3);
  const allSame = (c: string, upTo: number) => seps.slice(0, upTo).every((s) => s === c);

  // "88.165", "1.034.000", "6.452,7"
  if (seps[0] === '.' && first.length <= 3) {
    let k = 0;
    while (k < seps.length && seps[k] === '.' && groups[k + 1]!.length === 3) k++;
    if (k > 0) {
      const intPart = groups.slice(0, k + 1).join('');
      if (k < seps.length && seps[k] === ',') return result(intPart, groups[k + 1]!, k + 2);
      return result(intPart, '', k + 1);
    }
  }
  // "1,200,000" or "1,200.5" (English): only with two or more comma groups or a trailing ".".
  if (seps[0] === ',' && first.length <= 3 && seps.length >= 2 && allSame(',', seps.length) && threeAfter(1, groups.length)) {
    return result(groups.join(''), '', groups.length);
  }
  if (seps[0] === ',' && first.length <= 3 && seps.length >= 2 && groups[1]!.length === 3 && seps[1] === '.') {
    let k = 0;
    while (k < seps.length && seps[k] === ',' && groups[k + 1]!.length === 3) k++;
    if (k < seps.length && seps[k] === '.') return result(groups.slice(0, k + 1).join(''), groups[k + 1]!, k + 2);
  }
  // "1,2", "0,72", "44,24": Vietnamese decimal.
  if (seps[0] === ',') return result(first, groups[1]!, 2);
  // "4.5", "12.3": English decimal (a lone dot not followed by three digits).
  return result(first, groups[1]!, 2);
}

/** Scale words after a number, lower-case with their diacritics ("ngân" is not "ngàn"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['triệu', 1e6],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
]);
