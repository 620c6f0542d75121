import type { TagContext } from './tag-context.ts';
import { Gap, Kind } from './tokenize.ts';

// The written forms of a date, read from a number token. Patterns run on the
// folded text, where every dash is "-" and every space a space.
// Day first
// (D/M/YYYY); a day or month without a year is returned with `needsYear`, and
// find-dates gives it the year the sentence or the article fixes.

export interface PartialDate {
  y?: number;
  m?: number;
  d?: number;
}

export interface DateForm {
  start: number;
  end: number;
  from: PartialDate;
  to?: PartialDate;
  /** The year is not written: it comes from the sentence or the article. */
  needsYear: boolean;
}

const DMY = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?(?![\d/])/;
const DMY_SLASH_MIXED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const MY = /^(\d{1,2})[/.-](\d{4})(?![\d/])/;
const MONTHS_Y = /^(\d{1,2})\s*(?:va|-|den|toi)\s*(\d{1,2})\s?[/-]\s?(\d{4})(?![\d/])/;
const YEAR_RANGE = /^(\d{4})\s*(?:-|den|toi)\s*(\d{4})(?![\d/])/;
const RANGE_LINK = /^\s*(?:-|den het ngay|den ngay|toi ngay|den het|den|toi)\s*/;

/** Words that introduce a bare day/month without a year ("chiều 27/4", "từ 16/3"). */
const DAY_WORDS = new Set(['ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'rạng']);
const DAY_WORDS_SLASH = new Set([...DAY_WORDS, 'từ', 'đến', 'tới', 'trước', 'sau', 'vào', 'hết', 'qua', 'nay']);
/** Words before a year that make it a date. */
const YEAR_WORDS = new Set(['năm', 'sn', 'giai đoạn', 'nhiệm kỳ', 'niên độ', 'khóa']);

const QUARTERS: ReadonlyMap<string, number> = new Map([['i', 1], ['ii', 2], ['iii', 3], ['iv', 4], ['1', 1], ['2', 2], ['3', 3], ['4', 4]]);

const validDay = (d: number, m: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;
const validYear = (y: number) => y >= 1900 && y <= 2100;

function prevWord(ctx: TagContext, i: number, back = 1): string | undefined {
  const k = i - back;
  if (k < 0 || ctx.toks.kind[k] !== Kind.Word) return undefined;
  for (let t = k + 1; t <= i; t++) if (ctx.toks.gap[t] === Gap.Hard) return undefined;
  return ctx.lower(k);
}

/** Start offset including a leading "ngày"/"Ngày" written right before. */
function withDayWord(ctx: TagContext, i: number): number {
  const w = prevWord(ctx, i);
  return w !== undefined && DAY_WORDS.has(w) && ctx.toks.gap[i] === Gap.Space ? ctx.toks.start[i - 1]! : ctx.toks.start[i]!;
}

function yearWordBefore(ctx: TagContext, i: number): string | undefined {
  const one = prevWord(ctx, i);
  const two = one !== undefined ? prevWord(ctx, i - 1) : undefined;
  if (one && two && YEAR_WORDS.has(`${two} ${one}`)) return `${two} ${one}`;
  return one && YEAR_WORDS.has(one) ? one : undefined;
}

/** Reads the date form that starts at number token `i`, if any. */
export function readDateAt(ctx: TagContext, i: number): DateForm | undefined {
  const { toks } = ctx;
  const s = toks.start[i]!;
  const before = prevWord(ctx, i);
  // Only a number followed by "/", "-", "." or a link to a second month can start a numeric form.
  const c = ctx.fold.charCodeAt(toks.end[i]!);
  const next = i + 1 < toks.count ? toks.key[i + 1] : undefined;
  const numeric = c === 47 || c === 45 || c === 46 || (c === 32 && (next === 'va' || next === 'den' || next === 'toi' || toks.gap[i + 1] === Gap.Dash));
  if (!numeric) return readWordyDate(ctx, i, before);
  const slice = ctx.fold.slice(s, s + 40);

  let m = ISO.exec(slice);
  if (m && validDay(+m[3]!, +m[2]!) && validYear(+m[1]!)) {
    return { start: s, end: s + m[0].length, from: { y: +m[1]!, m: +m[2]!, d: +m[3]! }, needsYear: false };
  }
  if ((m = DMY_SLASH_MIXED.exec(slice)) && validDay(+m[1]!, +m[2]!) && validYear(+m[3]!)) {
    return { start: withDayWord(ctx, i), end: s + m[0].length, from: { y: +m[3]!, m: +m[2]!, d: +m[1]! }, needsYear: false };
  }
  {
    if ((m = MONTHS_Y.exec(slice)) && +m[1]! >= 1 && +m[1]! < +m[2]! && +m[2]! <= 12 && validYear(+m[3]!)) {
      const y = +m[3]!;
      const start = before === 'tháng' ? toks.start[i - 1]! : s;
      return { start, end: s + m[0].length, from: { y, m: +m[1]! }, to: { y, m: +m[2]! }, needsYear: false };
    }
    if ((m = MY.exec(slice)) && +m[1]! >= 1 && +m[1]! <= 12 && validYear(+m[2]!) && (before === 'tháng' || m[0].includes('/'))) {
      if (before !== 'số') {
        const start = before === 'tháng' ? toks.start[i - 1]! : s;
        return { start, end: s + m[0].length, from: { y: +m[2]!, m: +m[1]! }, needsYear: false };
      }
    }
  }
  if ((m = DMY.exec(slice)) && !m[4] && validDay(+m[1]!, +m[3]!)) {
    const words = m[2] === '/' ? DAY_WORDS_SLASH : DAY_WORDS;
    if (before !== undefined && words.has(before)) {
      return { start: withDayWord(ctx, i), end: s + m[0].length, from: { m: +m[3]!, d: +m[1]! }, needsYear: true };
    }
  }
  return readWordyDate(ctx, i, before);
}

// The word or number at token `k` when a plain space comes before it. Module
// functions, not closures over the caller's variables: those would make
// every call of readWordyDate allocate.
function wordAfter(ctx: TagContext, k: number): string | undefined {
  const { toks } = ctx;
  return k < toks.count && toks.kind[k] === Kind.Word && toks.gap[k] === Gap.Space ? ctx.lower(k) : undefined;
}

function numberAfter(ctx: TagContext, k: number): number {
  const { toks } = ctx;
  return k < toks.count && toks.kind[k] === Kind.Number && toks.gap[k] === Gap.Space ? Number(toks.key[k]) : NaN;
}

// "ngày 20 tháng 5 năm 2023", "tháng 5 năm 2023", "tháng 5", years and
// year ranges after their words, quarters.
function readWordyDate(ctx: TagContext, i: number, before: string | undefined): DateForm | undefined {
  const { toks } = ctx;
  if (before !== 'ngày' && before !== 'tháng' && toks.key[i]!.length !== 4) return undefined;
  const text = ctx.fold;
  const s = toks.start[i]!;
  const n = Number(toks.key[i]);
  if (before === 'ngày' && wordAfter(ctx, i + 1) === 'tháng' && validDay(n, numberAfter(ctx, i + 2))) {
    const month = numberAfter(ctx, i + 2);
    if (wordAfter(ctx, i + 3) === 'năm' && validYear(numberAfter(ctx, i + 4))) {
      return { start: toks.start[i - 1]!, end: toks.end[i + 4]!, from: { y: numberAfter(ctx, i + 4), m: month, d: n }, needsYear: false };
    }
    return { start: toks.start[i - 1]!, end: toks.end[i + 2]!, from: { m: month, d: n }, needsYear: true };
  }
  if (before === 'tháng' && n >= 1 && n <= 12 && toks.key[i]!.length <= 2) {
    const start = toks.start[i - 1]!;
    if (wordAfter(ctx, i + 1) === 'năm' && validYear(numberAfter(ctx, i + 2))) return { start, end: toks.end[i + 2]!, from: { y: numberAfter(ctx, i + 2), m: n }, needsYear: false };
    if (/^[/.-]\d/.test(text.slice(toks.end[i]!, toks.end[i]! + 2))) return undefined;
    // "4 tháng 5" is not a month; "tháng 5" after a count is ("trong 4 tháng" ends there).
    if (i >= 2 && toks.kind[i - 2] === Kind.Number) return undefined;
    return { start, end: toks.end[i]!, from: { m: n }, needsYear: true };
  }
  if (toks.key[i]!.length === 4 && validYear(n)) {
    const r = YEAR_RANGE.exec(text.slice(s, s + 16));
    const yw = yearWordBefore(ctx, i);
    if (r && +r[2]! > n && +r[2]! - n <= 100) {
      const start = yw === 'năm' && !(i >= 2 && toks.kind[i - 2] === Kind.Number) ? toks.start[i - 1]! : s;
      return { start, end: s + r[0].length, from: { y: n }, to: { y: +r[2]! }, needsYear: false };
    }
    if (yw !== undefined && !/^[/-]\d/.test(text.slice(toks.end[i]!, toks.end[i]! + 2))) {
      // "5 năm 2016": the count keeps its "năm", the date is the year alone.
      const counted = yw === 'năm' && i >= 2 && toks.kind[i - 2] === Kind.Number;
      const start = counted ? s : toks.start[i - yw.split(' ').length]!;
      return { start, end: toks.end[i]!, from: { y: n }, needsYear: false };
    }
  }
  return undefined;
}

/** "quý I/2023", "quý III", "quý 2 năm 2024" at word token `i` ("quý"). */
export function readQuarterAt(ctx: TagContext, i: number): DateForm | undefined {
  const { toks } = ctx;
  const k = i + 1;
  if (k >= toks.count || toks.gap[k] !== Gap.Space) return undefined;
  const q = QUARTERS.get(toks.key[k]!);
  if (!q || (toks.kind[k] === Kind.Word && toks.cap[k] === 0)) return undefined;
  const from = { m: q * 3 - 2 };
  const to = { m: q * 3 };
  const rest = /^\s?(?:[/-]|nam)\s?(\d{4})(?!\d)/.exec(ctx.fold.slice(toks.end[k]!, toks.end[k]! + 12));
  if (rest && validYear(+rest[1]!)) {
    const y = +rest[1]!;
    return { start: toks.start[i]!, end: toks.end[k]! + rest[0].length, from: { ...from, y }, to: { ...to, y }, needsYear: false };
  }
  return { start: toks.start[i]!, end: toks.end[k]!, from, to, needsYear: true };
}

/** "4 tháng đầu năm [2017]", "6 tháng cuối năm", "4 tháng năm 2016" at number token `i`. */
export function readMonthsOfYearAt(ctx: TagContext, i: number): DateForm | undefined {
  const { toks } = ctx;
  const n = Number(toks.key[i]);
  if (!(n >= 1 && n <= 12) || i + 2 >= toks.count || ctx.lower(i + 1) !== 'tháng') return undefined;
  let k = i + 2;
  const edge = ctx.lower(k);
  const last = edge === 'cuối';
  if (edge === 'đầu' || edge === 'cuối') k++;
  if (k >= toks.count || ctx.lower(k) !== 'năm') return undefined;
  const from = { m: last ? 13 - n : 1 };
  const to = { m: last ? 12 : n };
  const y = k + 1 < toks.count && toks.kind[k + 1] === Kind.Number && toks.gap[k + 1] === Gap.Space ? Number(toks.key[k + 1]) : NaN;
  if (validYear(y)) return { start: toks.start[i]!, end: toks.end[k + 1]!, from: { ...from, y }, to: { ...to, y }, needsYear: false };
  if (edge !== 'đầu' && edge !== 'cuối') return undefined;
  return { start: toks.start[i]!, end: toks.end[k]!, from, to, needsYear: true };
}

/** After a date ending at `end`, the link to a second date ("–", "đến", "tới"), if any. */
export function rangeLinkAt(text: string, end: number): number {
  const m = RANGE_LINK.exec(text.slice(end, end + 20));
  return m ? end + m[0].length : -1;
}
