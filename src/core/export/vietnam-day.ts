// Bantin's readers live in Vietnam: "the 17th" means the 17th in Hà Nội,
// whatever the machine's clock says. Asia/Ho_Chi_Minh has been UTC+7 without
// daylight saving since 1975, so a fixed offset is exact and needs no ICU data.

const OFFSET_MS = 7 * 3_600_000;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const OFFSET_RE = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The calendar day (YYYY-MM-DD) of an ISO date or instant in Vietnam time.
 * A bare day is taken as is; a date-time without an offset is read as Vietnam
 * local time (that is how Vietnamese sites print it). Null when unreadable.
 */
export function vietnamDay(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const s = iso.trim();
  if (DAY_RE.test(s)) return s;
  const ms = vietnamInstant(s);
  return ms === null ? null : new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** Milliseconds since the epoch; a time without an offset (or a bare day, at 00:00) is Vietnam time. */
export function vietnamInstant(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const s = iso.trim();
  const withOffset = DAY_RE.test(s) ? `${s}T00:00+07:00` : /T\d/.test(s) && !OFFSET_RE.test(s) ? `${s}+07:00` : s;
  const ms = Date.parse(withOffset);
  return Number.isNaN(ms) ? null : ms;
}

/** 2026-11-17 → 17/11/2026, the way Vietnamese documents write a date. */
export function formatDayVi(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** "2026-11-20 09:00", the local time in Vietnam, a form spreadsheets read as a date-time. */
export function vietnamDateTime(iso: string | null | undefined): string | null {
  const ms = vietnamInstant(iso);
  if (ms === null) return null;
  const local = new Date(ms + OFFSET_MS).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}
