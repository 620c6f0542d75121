import { readCrawlerDate } from './find-dates.ts';
import type { RefDate } from './tag-context.ts';

// The article's own date gives a year to "20/8" and "quý III". In order:
// the publishedAt the extractor found, the crawler's "date 2026-01-30" first
// line, a dateline near the top ("Thứ tư, 20/10/2021", "11:43 | 09/01/2020").

const ISO_DAY = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;
const DATELINE = /(?:^|[\s,|‐‑‒–—−-])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;

export function resolveRefDate(text: string, publishedAt?: string | null): RefDate | undefined {
  if (publishedAt) {
    const m = ISO_DAY.exec(publishedAt);
    if (m) return { year: +m[1]!, month: +m[2]!, day: m[3] ? +m[3] : undefined };
  }
  const crawler = readCrawlerDate(text);
  if (crawler) return { year: crawler.year, month: crawler.month, day: crawler.day };
  // A dateline is a short line of its own among the first few.
  const head = text.slice(0, 600).split('\n').slice(0, 8);
  for (const line of head) {
    if (line.length > 80) continue;
    const m = DATELINE.exec(line);
    if (m && +m[2]! >= 1 && +m[2]! <= 12 && +m[1]! >= 1 && +m[1]! <= 31) return { year: +m[3]!, month: +m[2]!, day: +m[1]! };
  }
  return undefined;
}
