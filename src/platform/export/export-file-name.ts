import type { Period } from '../../core/schemas/index.ts';
import { foldText } from '../../core/text/fold.ts';
import { FORMAT_FILE, type ExportFormat } from './export-formats.ts';

const MAX_SLUG = 60;

/** "Bản tin tuần" → "ban-tin-tuan": ASCII, so the name survives every mail client, zip tool and file system. */
export function asciiSlug(text: string, fallback = 'ban-tin'): string {
  const slug = foldText(text.normalize('NFC')).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_SLUG).replace(/-+$/, '') || fallback;
}

/** ban-tin-2026-11-17_2026-11-23.html: the title's slug and the period, then the format's ending. */
export function exportFileName(title: string, period: Period | undefined, format: ExportFormat): string {
  const days = period ? `-${period.start}_${period.end}` : '';
  return `${asciiSlug(title)}${days}${FORMAT_FILE[format].suffix}`;
}

/** bantin-sao-luu-2026-11-20.bantin.json: the day (Vietnam time) the backup was made. */
export function backupFileName(day: string): string {
  return `bantin-sao-luu-${day}${FORMAT_FILE.json.suffix}`;
}
