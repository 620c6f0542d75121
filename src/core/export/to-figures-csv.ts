import type { ExportedClip } from '../schemas/index.ts';
import { activeEntities } from './active-entities.ts';
import { clipSite, clipUrl } from './clip-site.ts';
import type { TableCsvOptions } from './to-clips-csv.ts';
import { toCsv, type CsvCell } from './to-csv.ts';
import { vietnamDay } from './vietnam-day.ts';

const HEADERS = {
  vi: ['Loại', 'Nguyên văn', 'Giá trị', 'Đơn vị tính', 'Xấp xỉ', 'Câu', 'Tiêu đề bài', 'Trang', 'Ngày đăng', 'URL'],
  en: ['Type', 'Text', 'Value', 'Unit', 'Approx', 'Sentence', 'Headline', 'Site', 'Published', 'URL'],
};

/** Value, unit and approximator of a figure, in columns a spreadsheet can sum. */
function normalised(e: ReturnType<typeof activeEntities>[number]): [CsvCell, CsvCell, CsvCell] | null {
  switch (e.type) {
    case 'amount': return [e.value.amount, e.value.currency, e.value.approx];
    case 'quantity': return [e.value.amount, e.value.unit, e.value.approx];
    case 'percent': return [e.value, '%', null];
    case 'marker': return [e.value, null, null];
    case 'date': return [e.value.end ? `${e.value.start}/${e.value.end}` : e.value.start, null, null];
    default: return null;
  }
}

/**
 * One row per figure mention (amount, percent, quantity, marker, date) with
 * the sentence it stands in and the clip it comes from: the table a
 * researcher filters and sums. Numbers are plain (dot decimals, no
 * separators), dates ISO ("2021/2025" for a period).
 */
export function toFiguresCsv(clips: ExportedClip[], options: TableCsvOptions = {}): string {
  const rows: CsvCell[][] = [];
  if (options.header ?? true) rows.push(HEADERS[options.lang ?? 'vi']);
  for (const clip of clips) {
    const source = [clip.title, clipSite(clip), vietnamDay(clip.publishedAt), clipUrl(clip)];
    for (const e of activeEntities(clip)) {
      const value = normalised(e);
      if (value) rows.push([e.type, e.text, ...value, e.sentence, ...source]);
    }
  }
  return toCsv(rows, { bom: options.bom });
}
