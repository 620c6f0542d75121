import { foldForMatch } from './fold-for-match.ts';
import { formatIso, parseOffset, SITE_OFFSET_MINUTES, toIsoDate } from './to-iso-date.ts';

// Visible datelines of Vietnamese news pages: "Thứ tư, 20/10/2021",
// "11:43 | 09/01/2020", "20/10/2021 08:15 GMT+7", "28-07-2018 - 00:35 AM",
// "Ngày 18 Tháng 08 Năm 2026, 01:53", "14h08 ngày 05/04/2024".
const DMY = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
const YMD = /(?<!\d)(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?!\d)/;
const WORDS = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:nam\s*)?(\d{4})/;
const TIME = /(?<![\d/.-])(\d{1,2})\s*(?::|h|gio)\s*(\d{2})(?:\s*:\s*(\d{2}))?(?:\s*(am|pm|sa|ch)\b)?/;
const OFFSET = /(?:gmt|utc)\s*([+-]\s*\d{1,2}(?::?\d{2})?)/;

/** The date and time a visible dateline states, in ISO 8601 (+07:00 unless it says otherwise), or null. */
export function parseDateline(text: string | null | undefined): string | null {
  const raw = (text ?? '').trim();
  if (!raw || raw.length > 200) return null;
  const machine = toIsoDate(raw);
  if (machine) return machine;
  const s = foldForMatch(raw.normalize('NFC'));
  let y: number, mo: number, d: number, rest: string;
  const words = WORDS.exec(s);
  const dmy = words ?? DMY.exec(s);
  const ymd = dmy ? null : YMD.exec(s);
  if (dmy) [y, mo, d, rest] = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), s.replace(dmy[0], ' ')];
  else if (ymd) [y, mo, d, rest] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), s.replace(ymd[0], ' ')];
  else return null;
  let h = 0;
  let mi = 0;
  let sec = 0;
  const t = TIME.exec(rest);
  if (t) {
    [h, mi, sec] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
    const half = t[4];
    if ((half === 'pm' || half === 'ch') && h < 12) h += 12;
    if ((half === 'am' || half === 'sa') && h === 12) h = 0;
  }
  const off = OFFSET.exec(rest);
  return formatIso(y, mo, d, h, mi, sec, parseOffset(off?.[1]) ?? SITE_OFFSET_MINUTES);
}
