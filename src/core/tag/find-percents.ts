import type { Candidate } from './candidate.ts';
import { approxBefore, nextNonSpace, parsedNumberAt, startsNumber } from './figure-helpers.ts';
import { parseVietnameseNumber } from './parse-vietnamese-number.ts';
import type { TagContext } from './tag-context.ts';
import { Kind } from './tokenize.ts';

// "44,24%", "tăng 31,7 %", "100 phần trăm"; a range "10 - 15%" gives both ends.

function percentEnd(ctx: TagContext, pos: number): number {
  const { text } = ctx;
  let k = pos;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0) k++;
  if (text[k] === '%') return k + 1;
  if (ctx.fold.startsWith('phan tram', k) && text.slice(k, k + 9).toLowerCase() === 'phần trăm') return k + 9;
  return -1;
}

// "10 - 15%": the first number borrows the sign of the second.
function rangeEnd(ctx: TagContext, pos: number): number {
  const { text } = ctx;
  const c = nextNonSpace(ctx, pos);
  if (c !== '-' && c !== 'd' && c !== 't') return -1;
  const m = /^\s*(?:-|den|toi)\s*(?=\d)/.exec(ctx.fold.slice(pos, pos + 8));
  if (!m) return -1;
  const second = parseVietnameseNumber(text, pos + m[0].length);
  return second ? percentEnd(ctx, second.end) : -1;
}

export function findPercents(ctx: TagContext): Candidate[] {
  const { toks } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < toks.count; i++) {
    if (toks.kind[i] !== Kind.Number || !startsNumber(ctx, i)) continue;
    const num = parsedNumberAt(ctx, toks.start[i]!);
    if (!num) continue;
    let end = percentEnd(ctx, num.end);
    if (end < 0) {
      if (rangeEnd(ctx, num.end) < 0) continue;
      end = num.end;
    }
    const approx = approxBefore(ctx, i);
    out.push({ type: 'percent', start: approx ? approx.start : toks.start[i]!, end, value: num.value });
  }
  return out;
}
