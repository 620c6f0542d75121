import { clipSite } from '../../core/export/clip-site.ts';
import { vietnamDay } from '../../core/export/vietnam-day.ts';
import type { Clip } from '../../core/schemas/index.ts';
import type { ClipRow } from './bantin-db.ts';

/** The month a clip was published, YYYY-MM in Vietnam time; '' without a date. */
export function publishedMonth(publishedAt: string | null): string {
  return vietnamDay(publishedAt)?.slice(0, 7) ?? '';
}

/** The stored row of a clip: the clip plus its derived, indexed facet values. */
export function toClipRow(clip: Clip): ClipRow {
  const { site: _site, month: _month, ...rest } = clip as ClipRow;
  return { ...rest, site: clipSite(clip), month: publishedMonth(clip.publishedAt) };
}

/** The shared Clip of a row, without the storage-only fields. */
export function fromClipRow(row: ClipRow): Clip {
  const { site: _site, month: _month, ...clip } = row;
  return clip;
}
