import type { Currency } from '../schemas/entity.ts';
import type { Candidate } from './candidate.ts';
import { approxBefore, nextTokenFrom, parsedNumberAt, scaled, startsNumber } from './figure-helpers.ts';
import { SCALE_WORDS } from './parse-vietnamese-number.ts';
import { unitTrie } from './quantity-units.ts';
import type { TagContext } from './tag-context.ts';
import { Case, Gap, Kind } from './tokenize.ts';

// Money: a number, its scale words ("nghìn tỷ") and a currency. Without a
// currency word a figure in millions or more is money ("150 triệu", "3,9 tỷ
// tiền thuế") unless a counted noun follows ("2 triệu lượt khách").

const CURRENCY_1: ReadonlyMap<string, Currency> = new Map(Object.entries({
  đồng: 'VND',
  đ: 'VND',
  vnđ: 'VND',
  vnd: 'VND',
  usd: 'USD',
  đôla: 'USD',
  ndt: 'CNY',
  cny: 'CNY',
  tệ: 'CNY',
  euro: 'EUR',
  eur: 'EUR',
} satisfies Record<string, Currency>));
const CURRENCY_2: ReadonlyMap<string, Currency> = new Map(Object.entries({
  'đô la': 'USD',
  'đô-la': 'USD',
  'nhân dân': 'CNY',
} satisfies Record<string, Currency>));

export interface ScaledNumber {
  value: number;
  /** Token index after the number and its scale words. */
  next: number;
  /** Offset after the number and its scale words. */
  end: number;
  scale: number;
}

/** Reads the number at token `i` and the scale words after it. */
export function readScaledNumber(ctx: TagContext, i: number): ScaledNumber | undefined {
  let memo = ctx.memo.get('numbers') as Map<number, ScaledNumber | undefined> | undefined;
  if (!memo) ctx.memo.set('numbers', (memo = new Map()));
  if (memo.has(i)) return memo.get(i);
  const n = scaledNumberAt(ctx, i);
  memo.set(i, n);
  return n;
}

function scaledNumberAt(ctx: TagContext, i: number): ScaledNumber | undefined {
  const { toks } = ctx;
  const num = parsedNumberAt(ctx, toks.start[i]!);
  if (!num) return undefined;
  let j = nextTokenFrom(ctx, i + 1, num.end);
  let end = num.end;
  let scale = 1;
  for (let k = 0; k < 2 && j < toks.count; k++) {
    const s = toks.kind[j] === Kind.Word && (toks.gap[j] === Gap.Space || toks.gap[j] === Gap.Glued) ? SCALE_WORDS.get(ctx.lower(j)) : undefined;
    if (!s || (k === 1 && s <= scale)) break;
    scale *= s;
    end = toks.end[j]!;
    j++;
  }
  return { value: scaled(num.value, scale), next: j, end, scale };
}

function currencyAt(ctx: TagContext, j: number): { currency: Currency; end: number } | undefined {
  const { toks } = ctx;
  if (j >= toks.count || toks.kind[j] !== Kind.Word) return undefined;
  if (toks.gap[j] !== Gap.Space && toks.gap[j] !== Gap.Glued) return undefined;
  const w = ctx.lower(j);
  // "Đồng Nai", "Đồng Đăng" are places, not money.
  if (w === 'đồng' && toks.cap[j] === Case.Upper) return undefined;
  if (j + 1 < toks.count && toks.gap[j + 1] !== Gap.Hard) {
    const two = CURRENCY_2.get(`${w} ${ctx.lower(j + 1)}`);
    if (two) {
      let end = toks.end[j + 1]!;
      if (two === 'USD' && j + 2 < toks.count && ctx.lower(j + 2) === 'mỹ' && toks.gap[j + 2] === Gap.Space) end = toks.end[j + 2]!;
      if (two === 'CNY' && j + 2 < toks.count && ctx.lower(j + 2) === 'tệ') end = toks.end[j + 2]!;
      else if (two === 'CNY') return undefined;
      return { currency: two, end };
    }
  }
  const one = CURRENCY_1.get(w);
  return one ? { currency: one, end: toks.end[j]! } : undefined;
}

/** True when a counted noun follows at token `j` ("triệu lượt khách"). */
export function countNounAt(ctx: TagContext, j: number): boolean {
  const { toks } = ctx;
  if (j >= toks.count || toks.kind[j] !== Kind.Word || toks.gap[j] !== Gap.Space) return false;
  return unitTrie().hasFirst(ctx.lower(j));
}

export function findAmounts(ctx: TagContext): Candidate[] {
  const { toks } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < toks.count; i++) {
    if (toks.kind[i] !== Kind.Number || !startsNumber(ctx, i)) continue;
    const n = readScaledNumber(ctx, i);
    if (!n || n.value === 0) continue;
    const cur = currencyAt(ctx, n.next);
    let end: number;
    let currency: Currency;
    if (cur) {
      currency = cur.currency;
      end = cur.end;
    } else if (n.scale >= 1e6 && !countNounAt(ctx, n.next) && !(ctx.text[n.end] === '%')) {
      currency = 'VND';
      end = n.end;
    } else continue;
    const approx = approxBefore(ctx, i);
    const value = approx ? { amount: n.value, currency, approx: approx.approx } : { amount: n.value, currency };
    out.push({ type: 'amount', start: approx ? approx.start : toks.start[i]!, end, value });
  }
  return out;
}
