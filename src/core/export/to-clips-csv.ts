import type { ExportedClip } from '../schemas/index.ts';
import { entityValues } from './active-entities.ts';
import { clipSite, clipUrl } from './clip-site.ts';
import { toCsv, type CsvCell } from './to-csv.ts';
import { vietnamDateTime, vietnamDay } from './vietnam-day.ts';

export interface TableCsvOptions {
  /** Column headers in Vietnamese (default) or English. */
  lang?: 'vi' | 'en';
  /** Write the header row (default true); chunked exports write it once. */
  header?: boolean;
  bom?: boolean;
}

const HEADERS = {
  vi: ['Tiêu đề', 'Trang', 'Ngày đăng', 'URL', 'Tác giả', 'Thẻ', 'Phong trào', 'Đơn vị', 'Ghi chú', 'Số từ', 'Thời điểm lưu'],
  en: ['Title', 'Site', 'Published', 'URL', 'Byline', 'Tags', 'Campaigns', 'Units', 'Note', 'Words', 'Clipped at'],
};

/** Several values in one cell. */
export const joinValues = (values: string[]) => values.join('; ');

function clipRow(clip: ExportedClip): CsvCell[] {
  return [
    clip.title,
    clipSite(clip),
    vietnamDay(clip.publishedAt),
    clipUrl(clip),
    clip.byline,
    joinValues(clip.tags),
    joinValues(entityValues(clip, 'campaign')),
    joinValues(entityValues(clip, 'unit')),
    clip.note,
    clip.wordCount,
    vietnamDateTime(clip.clippedAt),
  ];
}

/**
 * One row per clip, for spreadsheets. Dates are Vietnam days (YYYY-MM-DD) and
 * local times, which spreadsheets sort and read as dates; campaigns and units
 * are those a person left standing.
 */
export function toClipsCsv(clips: ExportedClip[], options: TableCsvOptions = {}): string {
  const rows = clips.map(clipRow);
  if (options.header ?? true) rows.unshift(HEADERS[options.lang ?? 'vi']);
  return toCsv(rows, { bom: options.bom });
}
