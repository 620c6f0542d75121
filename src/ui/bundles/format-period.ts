import type { Period } from '../../core/schemas/index.ts';

/** 2026-11-17 → 17/11/2026: dates read the Vietnamese way in both languages of the UI. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** "17/11/2026 – 23/11/2026", or one day. */
export function formatPeriod(period: Period): string {
  return period.start === period.end ? formatDay(period.start) : `${formatDay(period.start)} – ${formatDay(period.end)}`;
}
