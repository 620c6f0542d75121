import type { ExportedClip } from '../schemas/index.ts';
import { entityValues } from './active-entities.ts';
import { vietnamDay } from './vietnam-day.ts';

// What CSL-JSON and RIS share: authors, keywords and dates of a clip.

/**
 * The people of a byline, each name as written. Vietnamese names are never
 * split into family and given names (the order and the meaning differ from
 * the Western fields); a byline naming several people ("Hoàng Yến, Thu Hà",
 * "Minh Anh - Quang Hùng", "Thu Hà và Minh Anh") gives one author each, which
 * also keeps reference managers from reading the comma as "Last, First".
 * Credits such as "Ảnh:" or "Theo" are dropped.
 */
export function bylineAuthors(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .split(/\s*[,;/|]\s*|\s+[-–—]\s+|\s+và\s+/)
    .map((name) => name.replace(/^(?:bài(?: và ảnh)?|ảnh|theo|tác giả|nhóm phóng viên)\s*:?\s*/i, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Campaigns, then units a person left standing, then the user's tags; no repeats (case-insensitive). */
export function citationKeywords(clip: ExportedClip): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const k of [...entityValues(clip, 'campaign'), ...entityValues(clip, 'unit'), ...clip.tags]) {
    const key = k.trim().toLocaleLowerCase('vi');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(k.trim());
  }
  return out;
}

/** [year, month, day] of the Vietnam day of an instant; null when there is none. */
export function dayParts(iso: string | null | undefined): [number, number, number] | null {
  const day = vietnamDay(iso);
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number);
  return [y!, m!, d!];
}
