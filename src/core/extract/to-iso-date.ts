// Vietnamese news sites publish in Indochina Time; a date without an offset
// is read as +07:00, and every date is written back with +07:00 so clips
// from different sites sort and display alike.
export const SITE_OFFSET_MINUTES = 7 * 60;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * ISO 8601 in +07:00 for a wall-clock time given at `offsetMinutes` from UTC,
 * or null when a field is out of range.
 */
export function formatIso(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, offsetMinutes = SITE_OFFSET_MINUTES): string | null {
  if (y < 1970 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCDate() !== d) return null; // 31/02 and the like
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000 + SITE_OFFSET_MINUTES * 60_000);
  return (
    `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}` +
    `T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}+07:00`
  );
}

/** Minutes east of UTC for "Z", "+07:00", "+0700", "+7" or "GMT+7". */
export function parseOffset(text: string | undefined): number | null {
  if (!text) return null;
  if (/^z$/i.test(text.trim())) return 0;
  const m = /([+-])\s*(\d{1,2})(?::?(\d{2}))?/.exec(text);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return minutes > 14 * 60 ? null : m[1] === '-' ? -minutes : minutes;
}

const MACHINE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?)?$/i;

/** A machine-readable date (ISO 8601 and its common sloppy forms) in +07:00, or null. */
export function toIsoDate(value: string | null | undefined): string | null {
  const m = MACHINE.exec((value ?? '').trim());
  if (!m) return null;
  const offset = parseOffset(m[7]) ?? SITE_OFFSET_MINUTES;
  return formatIso(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), offset);
}
