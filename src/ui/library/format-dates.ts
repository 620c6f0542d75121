import { vietnamDay } from '../../core/export/vietnam-day.ts';

// Dates the Vietnamese way (dd/mm/yyyy), in Vietnam time, in either language
// (English readers of Vietnamese news read day-first dates as well).

/** "20/11/2026" for an ISO date or instant; '' when unreadable. */
export function formatDay(iso: string | null | undefined): string {
  const day = vietnamDay(iso);
  return day ? formatPartialDate(day) : '';
}

/** "2026", "11/2026" or "20/11/2026" for YYYY, YYYY-MM or YYYY-MM-DD. */
export function formatPartialDate(date: string): string {
  return date.split('-').reverse().join('/');
}
