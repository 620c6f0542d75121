import type { Entity } from '../schemas/entity.ts';
import { foldText } from '../text/fold.ts';
import type { VocabularyEntry } from '../schemas/vocabulary.ts';
import type { Candidate } from './candidate.ts';
import { findAmounts } from './find-amounts.ts';
import { findCampaigns } from './find-campaigns.ts';
import { findDates } from './find-dates.ts';
import { findDocuments } from './find-documents.ts';
import { findMarkers } from './find-markers.ts';
import { findPercents } from './find-percents.ts';
import { findPersons } from './find-persons.ts';
import { findPlaces } from './find-places.ts';
import { findQuantities } from './find-quantities.ts';
import { findUnits } from './find-units.ts';
import { gazetteerIndex } from './gazetteer/gazetteer-index.ts';
import { resolveRefDate } from './resolve-ref-date.ts';
import { sentenceIndexAt } from './split-sentences.ts';
import { createTagContext } from './tag-context.ts';
import { toNfc } from '../text/to-nfc.ts';

export interface TagOptions {
  /** The article's publication date (ISO 8601): gives a year to "20/8", "quý III". */
  publishedAt?: string | null;
  /** The user's own gazetteer entries, merged with the built-in ones. */
  vocabulary?: readonly VocabularyEntry[];
}

// Where two candidates overlap, the longer span wins ("Đảng bộ Cục Hải quan
// Lạng Sơn" is one unit, and nothing inside a campaign's name is tagged from
// there); on equal length the higher rank, then the earlier start. Offsets
// taken are marked in one array kept across calls (a fresh text-long array
// per call is an allocation outside the JS heap) and cleared after use.
let taken = new Uint8Array(1 << 16);

function resolveOverlaps(candidates: Candidate[], length: number): Candidate[] {
  // Sorted by numbers read once per candidate: the candidates come in many
  // shapes, and a comparator reading their fields is slow on every engine.
  const len: number[] = [];
  const rank: number[] = [];
  const start: number[] = [];
  const idx: number[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    len.push(c.end - c.start);
    rank.push(c.rank ?? 0);
    start.push(c.start);
    if (c.end > c.start) idx.push(k);
  }
  idx.sort((a, b) => len[b]! - len[a]! || rank[b]! - rank[a]! || start[a]! - start[b]! || a - b);
  if (taken.length < length + 1) taken = new Uint8Array(Math.max(length + 1, taken.length * 2));
  const kept: Candidate[] = [];
  for (const k of idx) {
    const c = candidates[k]!;
    let free = true;
    for (let p = c.start; p < c.end; p++) {
      if (taken[p]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  for (const c of kept) taken.fill(0, c.start, c.end);
  return kept.sort((a, b) => a.start - b.start);
}

// One unit written two ways in one article ("cửa khẩu sân bay Tân Sơn Nhất",
// "cửa khẩu sân bay quốc tế Tân Sơn Nhất") gets one value: the fuller one.
function unifyUnitValues(candidates: Candidate[]): void {
  // One key per distinct value: a unit is named many times in one article.
  const keys = new Map<string, string>();
  const key = (v: string) => {
    let k = keys.get(v);
    if (k === undefined) {
      k = foldText(v).replace(/\bquoc te\b/g, ' ').replace(/\s+/g, ' ').trim();
      keys.set(v, k);
    }
    return k;
  };
  const best = new Map<string, string>();
  for (const c of candidates) {
    if (c.type !== 'unit' || c.ref) continue;
    const k = key(c.value);
    const cur = best.get(k);
    if (!cur || c.value.length > cur.length) best.set(k, c.value);
  }
  for (const c of candidates) if (c.type === 'unit' && !c.ref) c.value = best.get(key(c.value)) ?? c.value;
}

function latestYear(dates: readonly Candidate[]): number | undefined {
  let max: number | undefined;
  for (const d of dates) {
    if (d.type !== 'date') continue;
    const y = Math.max(Number(d.value.start.slice(0, 4)), Number(d.value.end?.slice(0, 4) ?? 0));
    if (max === undefined || y > max) max = y;
  }
  return max;
}

/** Finds every entity of entities.md in `text`, in text order (offsets into its NFC form). */
export function tagEntities(text: string, options: TagOptions = {}): Entity[] {
  const nfc = toNfc(text);
  const ctx = createTagContext(nfc, 0);
  ctx.refDate = resolveRefDate(nfc, options.publishedAt);
  const index = gazetteerIndex(options.vocabulary);
  const dates = findDates(ctx);
  if (!ctx.refDate) ctx.yearHint = latestYear(dates);
  const markers = findMarkers(ctx);
  // A number a mốc word governs is a marker, whatever word follows it.
  const markerStarts = new Set(markers.map((m) => m.start));
  const candidates: Candidate[] = [
    ...findAmounts(ctx),
    ...findPercents(ctx),
    ...findQuantities(ctx).filter((q) => !markerStarts.has(q.start)),
    ...markers,
    ...dates,
    ...findDocuments(ctx),
  ];
  const names = findCampaigns(ctx, index);
  for (const c of findUnits(ctx, index)) names.push(c);
  for (const c of findPlaces(ctx, index)) names.push(c);
  for (const c of names) candidates.push(c);
  for (const c of findPersons(ctx, index, names)) candidates.push(c);
  const kept = resolveOverlaps(candidates, nfc.length);
  unifyUnitValues(kept);
  return kept.map((c) => {
    const s = ctx.sentences[sentenceIndexAt(ctx.sentences, c.start)];
    const sentence = s && s.start <= c.start && s.end >= c.end ? nfc.slice(s.start, s.end) : nfc.slice(c.start, c.end);
    const { type, value, start, end } = c;
    const entity = { type, text: nfc.slice(start, end), value, start, end, sentence } as Entity & { ref?: string; role?: string };
    if ('ref' in c && c.ref) entity.ref = c.ref;
    if ('role' in c && c.role) entity.role = c.role;
    return entity;
  });
}
