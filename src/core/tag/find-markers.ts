import type { Candidate } from './candidate.ts';
import type { TagContext } from './tag-context.ts';
import { isKey, Kind, syllableHash } from './tokenize.ts';

// Border markers: a number counts as a marker only where a *mốc* word governs
// it. A list ("các mốc Quốc giới: 1039, 1221,1236, 1257") gives one marker per
// number; a stretch ("Mốc 1256 - 1257+500") gives both ends.

// Words that may stand between "mốc" and its number.
const MOC = syllableHash('moc');
const QUALIFIERS = new Set(['quốc', 'giới', 'biên', 'số', 'chính', 'phụ']);
const MARK = /^(\d{1,4}(?:\/\d{1,3})?(?:\s?\+\s?\d{1,4})?)(?!\d)/;
const SEP = /^\s*(?:,|;|\.|-|,?\s*va|den|toi)\s*(?=\d)/;

export function findMarkers(ctx: TagContext): Candidate[] {
  const { toks, text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < toks.count; i++) {
    if (!isKey(toks, i, MOC, 'moc') || ctx.lower(i) !== 'mốc') continue;
    let j = i + 1;
    while (j < toks.count && toks.kind[j] === Kind.Word && j - i <= 3 && QUALIFIERS.has(ctx.lower(j))) j++;
    if (j >= toks.count || toks.kind[j] !== Kind.Number) continue;
    // Only spaces or a colon between the words and the first number.
    const between = text.slice(toks.end[j - 1]!, toks.start[j]!);
    if (!/^\s*:?\s*$/.test(between)) continue;
    let pos = toks.start[j]!;
    for (;;) {
      const m = MARK.exec(text.slice(pos, pos + 16));
      if (!m) break;
      const raw = m[1]!;
      out.push({ type: 'marker', start: pos, end: pos + raw.length, value: raw.replace(/\s/g, ''), rank: 2 });
      pos += raw.length;
      const s = SEP.exec(ctx.fold.slice(pos, pos + 10));
      if (!s) break;
      pos += s[0].length;
    }
    while (j < toks.count && toks.start[j]! < pos) j++;
    i = j - 1;
  }
  return out;
}
