// Vietnamese news sites publish in Indochina Time; a date without an offset
// is read as +07:00, and every date is written back with +07:00 so clips
// from different sites sort and display alike.
export const SITE_OFFSET_MINUTES = 7 * 60;

/**
 * ISO 8601 in +07:00 for a wall-clock time given at `offsetMinutes` from UTC,
 * or null when a field is out of range.
 */
export function formatIso(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, offsetMinutes = SITE_OFFSET_MINUTES): string | null {
  if (y < 1970 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return null; // 31/02 and the like
  // The +07:00 wall clock is the UTC one of the instant moved seven hours on.
  return `${new Date(Date.UTC(y, mo - 1, d, h, mi, s) + (SITE_OFFSET_MINUTES - offsetMinutes) * 60_000).toISOString().slice(0, 19)}+07:00`;
}

/** `formatIso` of the groups of a match: year, month, day, then hour, minute and second when present. */
export function isoFromGroups(groups: readonly (string | undefined)[], offsetMinutes?: number): string | null {
  const [y, mo, d, h, mi, s] = groups.map((g) => +(g ?? 0));
  return formatIso(y!, mo!, d!, h, mi, s, offsetMinutes);
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
  return isoFromGroups(m.slice(1, 7), parseOffset(m[7]) ?? SITE_OFFSET_MINUTES);
}
