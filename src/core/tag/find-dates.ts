import type { Candidate } from './candidate.ts';
import { readDateAt, readMonthsOfYearAt, readQuarterAt, rangeLinkAt, type DateForm, type PartialDate } from './date-forms.ts';
import { sentenceIndexAt } from './split-sentences.ts';
import type { RefDate, TagContext } from './tag-context.ts';
import { isKey, Kind, syllableHash } from './tokenize.ts';

// Dates, months, years and periods. A day or month without a year is tagged
// only where the document fixes the year: a year of the same sentence that
// is not a comparison ("so với cùng kỳ năm 2016"), else the article's date.

const QUY = syllableHash('quy');
const CRAWLER_LINE = /^\s*date (\d{4})-(\d{2})(?:-(\d{2}))?\b/;

const pad = (n: number) => String(n).padStart(2, '0');
function iso(p: PartialDate): string {
  return p.m === undefined ? `${p.y}` : p.d === undefined ? `${p.y}-${pad(p.m)}` : `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

/** The crawler's first line "date 2026-01-30" (or "date 2017-04"), if any. */
export function readCrawlerDate(text: string): (RefDate & { start: number; end: number }) | undefined {
  const m = CRAWLER_LINE.exec(text.slice(0, 40));
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  return { year: +m[1]!, month: +m[2]!, day: m[3] ? +m[3] : undefined, start, end: m.index + m[0].length };
}

// Joins "16/3 tới 15/4" and "1/5/1952 – 1/5/2010" into one period.
function joinRange(ctx: TagContext, f: DateForm, i: number): { form: DateForm; last: number } {
  const { toks } = ctx;
  if (f.to || f.from.d === undefined) return { form: f, last: i };
  const link = rangeLinkAt(ctx.fold, f.end);
  if (link < 0) return { form: f, last: i };
  let j = i;
  while (j < toks.count && toks.start[j]! < link) j++;
  if (j >= toks.count || toks.start[j] !== link || toks.kind[j] !== Kind.Number) return { form: f, last: i };
  const g = readDateAt(ctx, j);
  if (!g || g.to || g.from.d === undefined) return { form: f, last: i };
  const from = { ...f.from, y: f.from.y ?? g.from.y };
  if (f.from.y !== undefined && g.from.y === undefined) return { form: f, last: i };
  return { form: { start: f.start, end: g.end, from, to: g.from, needsYear: from.y === undefined }, last: j };
}

function isComparison(ctx: TagContext, start: number): boolean {
  const before = ctx.fold.slice(Math.max(0, start - 24), start);
  return /cung ky|so voi|nam truoc|nam ngoai/.test(before);
}

function yearFor(f: DateForm, years: readonly { y: number; f: DateForm }[], ref: RefDate | undefined): number | undefined {
  const { m, d } = f.from;
  if (ref?.day !== undefined && d === ref.day && m === ref.month) return ref.year;
  const sameDay = years.filter((c) => d !== undefined && c.f.from.d === d && c.f.from.m === m);
  if (sameDay.length) return Math.max(...sameDay.map((c) => c.y));
  if (years.length) return Math.max(...years.map((c) => c.y));
  if (!ref) return undefined;
  // News reports what happened: in a February article "ngày 20/7" is last July.
  if (ref.month !== undefined && m !== undefined && (m - ref.month > 2 || (m - ref.month === 2 && (d ?? 1) > (ref.day ?? 31)))) return ref.year - 1;
  return ref.year;
}

export function findDates(ctx: TagContext): Candidate[] {
  const { toks } = ctx;
  const forms: DateForm[] = [];
  const crawler = readCrawlerDate(ctx.text);
  if (crawler) {
    const from = { y: crawler.year, m: crawler.month, d: crawler.day };
    forms.push({ start: crawler.start, end: crawler.end, from, needsYear: false });
  }
  for (let i = 0; i < toks.count; i++) {
    if (crawler && toks.start[i]! < crawler.end) continue;
    let f: DateForm | undefined;
    if (toks.kind[i] === Kind.Number) {
      f = readMonthsOfYearAt(ctx, i) ?? readDateAt(ctx, i);
    } else if (isKey(toks, i, QUY, 'quy') && ctx.lower(i) === 'quý') {
      f = readQuarterAt(ctx, i);
    }
    if (!f) continue;
    const { form, last } = joinRange(ctx, f, i);
    forms.push(form);
    i = last;
    while (i + 1 < toks.count && toks.start[i + 1]! < form.end) i++;
  }

  // Years the sentences fix, for the dates that do not write theirs.
  const bySentence = new Map<number, { y: number; f: DateForm }[]>();
  for (const f of forms) {
    if (f.needsYear || isComparison(ctx, f.start)) continue;
    const k = sentenceIndexAt(ctx.sentences, f.start);
    const list = bySentence.get(k) ?? [];
    list.push({ y: f.from.y!, f });
    if (f.to?.y !== undefined) list.push({ y: f.to.y, f });
    bySentence.set(k, list);
  }
  const out: Candidate[] = [];
  for (const f of forms) {
    let from = f.from;
    let to = f.to;
    if (f.needsYear) {
      const y = yearFor(f, bySentence.get(sentenceIndexAt(ctx.sentences, f.start)) ?? [], ctx.refDate);
      if (y === undefined) continue;
      from = { ...from, y };
      // "16/12 – 15/1": the end falls in the next year.
      if (to) to = { ...to, y: to.m !== undefined && from.m !== undefined && to.m < from.m ? y + 1 : y };
    }
    const start = iso(from);
    const end = to ? iso(to) : undefined;
    out.push({ type: 'date', start: f.start, end: f.end, value: end && end !== start ? { start, end } : { start }, rank: 1 });
  }
  return out;
}
