import type { ExportedClip, ReviewedEntity } from '../schemas/index.ts';
import { activeEntities } from './active-entities.ts';

export type FigureType = 'amount' | 'percent' | 'quantity' | 'marker';
export const FIGURE_TYPES: readonly FigureType[] = ['amount', 'percent', 'quantity', 'marker'];

export type FigureEntity = Extract<ReviewedEntity, { type: FigureType }>;

export interface KeyFigure {
  type: FigureType;
  /** As written in the article ("6.452,7 tỷ đồng"). */
  text: string;
  /** What a reader sees: the text, or "mốc 1039" for a marker whose text is only its number. */
  label: string;
  value: FigureEntity['value'];
  sentence: string;
  mentions: number;
}

export const isFigure = (e: ReviewedEntity): e is FigureEntity => (FIGURE_TYPES as readonly string[]).includes(e.type);

/** What makes two mentions one figure: the approximator is not part of it (entities.md). */
function figureKey(e: FigureEntity): string {
  switch (e.type) {
    case 'amount': return `amount:${e.value.amount}:${e.value.currency}`;
    case 'quantity': return `quantity:${e.value.amount}:${e.value.unit.toLowerCase()}`;
    case 'percent': return `percent:${e.value}`;
    case 'marker': return `marker:${e.value}`;
  }
}

const DURATION_UNITS = new Set(['năm', 'tháng', 'tuần', 'ngày', 'giờ', 'phút', 'giây', 'thập kỷ', 'thế kỷ']);
const isDuration = (f: KeyFigure) => f.type === 'quantity' && DURATION_UNITS.has((f.value as { unit: string }).unit.toLowerCase());

export interface KeyFigureOptions {
  /** At most this many of each type. */
  perType?: number;
  max?: number;
}

/**
 * The figures worth a line in a digest: distinct amounts, percents,
 * quantities and markers a person left standing. Within a type the most
 * repeated wins, then the earliest (a figure in the first paragraph is the
 * story's figure); types take turns so one table of numbers does not crowd
 * out the rest; the result reads in text order.
 */
export function keyFigures(clip: Pick<ExportedClip, 'entities'>, options: KeyFigureOptions = {}): KeyFigure[] {
  const { perType = 2, max = 5 } = options;
  const distinct = new Map<string, { figure: KeyFigure; start: number }>();
  for (const e of activeEntities(clip)) {
    if (!isFigure(e)) continue;
    const k = figureKey(e);
    const seen = distinct.get(k);
    if (seen) {
      seen.figure.mentions++;
      continue;
    }
    const label = e.type === 'marker' && /^\d/.test(e.text) ? `mốc ${e.text}` : e.text;
    distinct.set(k, { figure: { type: e.type, text: e.text, label, value: e.value, sentence: e.sentence, mentions: 1 }, start: e.start });
  }
  const all = [...distinct.values()];
  const ranked = FIGURE_TYPES.map((type) =>
    all
      .filter((f) => f.figure.type === type && !isDuration(f.figure))
      .sort((a, b) => b.figure.mentions - a.figure.mentions || a.start - b.start)
      .slice(0, perType),
  );
  const picked: { figure: KeyFigure; start: number }[] = [];
  for (let round = 0; round < perType && picked.length < max; round++) {
    for (const list of ranked) {
      const f = list[round];
      if (f && picked.length < max) picked.push(f);
    }
  }
  // Spans of time ("5 năm", "70 năm thành lập") set the scene rather than report
  // a result: they only fill places the other figures leave.
  const durations = all.filter((f) => isDuration(f.figure)).sort((a, b) => b.figure.mentions - a.figure.mentions || a.start - b.start);
  for (const f of durations.slice(0, perType)) if (picked.length < max) picked.push(f);
  return picked.sort((a, b) => a.start - b.start).map((f) => f.figure);
}
