import type { Approx } from '../schemas/entity.ts';
import { parseVietnameseNumber, type ParsedNumber } from './parse-vietnamese-number.ts';
import type { TagContext } from './tag-context.ts';
import { Gap, Kind } from './tokenize.ts';

// Shared by the amount, percent and quantity finders: where a number starts,
// and the approximator word in front of it.

// A Map, not an object: a word of the text must never hit Object.prototype ("constructor").
const APPROX: ReadonlyMap<string, Approx> = new Map(Object.entries({
  hơn: 'more_than',
  trên: 'more_than',
  vượt: 'more_than',
  gần: 'nearly',
  ngót: 'nearly',
  khoảng: 'about',
  chừng: 'about',
  'xấp xỉ': 'about',
  'ước tính': 'about',
  dưới: 'less_than',
} satisfies Record<string, Approx>));

/** True when token `i` is a number that does not continue a previous one ("6.452,7"). */
export function startsNumber(ctx: TagContext, i: number): boolean {
  const { toks, text } = ctx;
  if (toks.kind[i] !== Kind.Number) return false;
  const s = toks.start[i]!;
  if (s >= 2) {
    const p = text.charCodeAt(s - 1);
    const pp = text.charCodeAt(s - 2);
    if ((p === 46 || p === 44 || p === 47 || p === 58) && pp >= 48 && pp <= 57) return false;
    // "QL9", "T2", "F0": a number glued to letters is part of a code.
    if (toks.gap[i] === Gap.Glued && i > 0 && toks.kind[i - 1] === Kind.Word && toks.end[i - 1] === s) return false;
  }
  return true;
}

/** The approximator right before token `i`, with the offset where it starts. */
export function approxBefore(ctx: TagContext, i: number): { approx: Approx; start: number } | undefined {
  const { toks } = ctx;
  if (i < 1 || toks.gap[i] !== Gap.Space || toks.kind[i - 1] !== Kind.Word) return undefined;
  const one = APPROX.get(ctx.lower(i - 1));
  if (i >= 2 && toks.gap[i - 1] === Gap.Space && toks.kind[i - 2] === Kind.Word) {
    const two = APPROX.get(`${ctx.lower(i - 2)} ${ctx.lower(i - 1)}`);
    if (two) return { approx: two, start: toks.start[i - 2]! };
  }
  return one ? { approx: one, start: toks.start[i - 1]! } : undefined;
}

/** Index of the first token at or after offset `pos`, scanning forward from `from`. */
export function nextTokenFrom(ctx: TagContext, from: number, pos: number): number {
  let j = from;
  while (j < ctx.toks.count && ctx.toks.start[j]! < pos) j++;
  return j;
}

/** The first character after offset `pos` that is not a space (folded text), or ''. */
export function nextNonSpace(ctx: TagContext, pos: number): string {
  const { fold } = ctx;
  let k = pos;
  while (k < fold.length && fold.charCodeAt(k) === 32) k++;
  return fold[k] ?? '';
}

/** Multiplies without binary noise: 6452.7 × 1e9 is 6452700000000, not …0001. */
export function scaled(value: number, scale: number): number {
  if (scale === 1) return value;
  return Number((value * scale).toPrecision(15));
}

/** `parseVietnameseNumber` at offset `pos` of the text, parsed once per text (amounts, percents and quantities all read the same numbers). */
export function parsedNumberAt(ctx: TagContext, pos: number): ParsedNumber | null {
  let memo = ctx.memo.get('parsed') as Map<number, ParsedNumber | null> | undefined;
  if (!memo) ctx.memo.set('parsed', (memo = new Map()));
  let n = memo.get(pos);
  if (n === undefined) {
    n = parseVietnameseNumber(ctx.text, pos);
    memo.set(pos, n);
  }
  return n;
}
