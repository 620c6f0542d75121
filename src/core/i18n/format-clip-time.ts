// "Đã kẹp lúc 14:05, 20/11/2026": the time as it was in Hà Nội. Vietnam has
// kept UTC+7 without daylight saving since 1975, so a fixed offset is exact
// and no ICU time-zone data is needed (Node builds without it exist).

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** An ISO instant as "HH:MM, DD/MM/YYYY" in Vietnam time; '' when unreadable. */
export function formatClipTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const d = new Date(ms + VIETNAM_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}, ${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}
