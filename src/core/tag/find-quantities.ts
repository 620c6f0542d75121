import type { Candidate } from './candidate.ts';
import { approxBefore, nextNonSpace, nextTokenFrom, startsNumber } from './figure-helpers.ts';
import { readScaledNumber } from './find-amounts.ts';
import { canonicalText } from './canonical-text.ts';
import { unitTrie, type UnitEntry } from './quantity-units.ts';
import type { TagContext } from './tag-context.ts';
import { Gap, Kind } from './tokenize.ts';

// Counted things and measures: a number and the head noun after it, from the
// unit lexicon. A number that labels rather than counts ("lần thứ 2", "số 2",
// "khu vực 3", "năm 2023", "mốc 172") is not a quantity.

const LABEL_WORDS = new Set([
  'số', 'thứ', 'khu', 'vực', 'điều', 'khoản', 'mục', 'chương', 'phần', 'mốc', 'ql', 'lộ', 'tỉnh', 'năm', 'tháng',
  'ngày', 'quý', 'kỳ', 'khóa', 'độ', 'cấp', 'đoạn', 'tổ', 'ấp', 'phố', 'phường', 'quận', 'xã', 'thôn', 'bản', 'đội',
  'lúc', 'hồi', 'sn', 'ga', 'cổng', 'kho', 'bãi', 'lô', 'km', 'nhà', 'phòng', 'tầng', 'hẻm', 'ngõ', 'ngách', 'đường',
  'covid', 'nghị', 'định', 'quyết', 'thông', 'tư', 'thị', 'chỉ', 'văn', 'bản', 'luật', 'hiệu', 'kv', 'cụm', 'trạm',
]);

function isLabel(ctx: TagContext, i: number): boolean {
  if (i === 0) return false;
  const g = ctx.toks.gap[i];
  if (g !== Gap.Space && g !== Gap.Glued && g !== Gap.Period) return false;
  if (ctx.toks.kind[i - 1] !== Kind.Word || !LABEL_WORDS.has(ctx.lower(i - 1))) return false;
  // "tổng số 1.034 vụ việc" counts; "số 2" labels.
  return !(ctx.lower(i - 1) === 'số' && i >= 2 && ctx.lower(i - 2) === 'tổng');
}

interface UnitMatch {
  unit: string;
  end: number;
}

// The longest unit at word token `j`, over words joined by plain spaces. The
// trie is walked here rather than through a callback closing over `j`, which
// would make every call allocate.
function longestUnit(ctx: TagContext, j: number): [number, readonly UnitEntry[]] | undefined {
  const { toks } = ctx;
  let best: [number, readonly UnitEntry[]] | undefined;
  let node = unitTrie().root.next?.get(ctx.lower(j));
  for (let k = 1; node; k++) {
    if (node.values) best = [k, node.values];
    const t = j + k;
    if (!node.next || t >= toks.count || toks.kind[t] !== Kind.Word || toks.gap[t] !== Gap.Space) break;
    node = node.next.get(ctx.lower(t));
  }
  return best;
}

function unitAt(ctx: TagContext, j: number): UnitMatch | undefined {
  const { toks, text } = ctx;
  if (j >= toks.count || toks.kind[j] !== Kind.Word) return undefined;
  const glued = toks.gap[j] === Gap.Glued;
  if (!glued && toks.gap[j] !== Gap.Space) return undefined;
  const m = longestUnit(ctx, j);
  if (!m) return undefined;
  const [len, entries] = m;
  if (glued && !entries.some((e) => e.measure)) return undefined;
  let end = toks.end[j + len - 1]!;
  // "km2", "m3": the power is a separate digit token glued to the unit.
  const after = j + len;
  if (entries.some((e) => e.measure) && after < toks.count && toks.gap[after] === Gap.Glued && /^[23]$/.test(toks.key[after]!)) {
    end = toks.end[after]!;
  }
  return { unit: canonicalText(text.slice(toks.start[j]!, end)), end };
}

// "4 “nhà đại đoàn kết”": a short quoted noun phrase is the unit, quotes off.
function quotedUnitAt(ctx: TagContext, pos: number): UnitMatch | undefined {
  const m = /^\s?[“"]([^”"\n]{2,40})[”"]/.exec(ctx.text.slice(pos, pos + 46));
  if (!m || m[1]!.split(' ').length > 5 || /\d/.test(m[1]!)) return undefined;
  return { unit: canonicalText(m[1]!), end: pos + m[0].length };
}

function degreeAt(ctx: TagContext, pos: number): UnitMatch | undefined {
  let k = pos;
  if (ctx.text[k] === ' ') k++;
  if (ctx.text[k] !== '°') return undefined;
  const c = ctx.text[k + 1] === 'C' ? 2 : 1;
  return { unit: ctx.text.slice(k, k + c), end: k + c };
}

export function findQuantities(ctx: TagContext): Candidate[] {
  const { toks, text } = ctx;
  const out: Candidate[] = [];
  const pending: number[] = [];
  for (let i = 0; i < toks.count; i++) {
    if (toks.kind[i] !== Kind.Number || !startsNumber(ctx, i) || isLabel(ctx, i)) continue;
    const n = readScaledNumber(ctx, i);
    if (!n) continue;
    // "31,7%", "20/4", "11:43", "2h", "11h30" are not counts.
    const c0 = ctx.fold.charCodeAt(n.end);
    if ((c0 === 37 || c0 === 32 || c0 === 47 || c0 === 58 || c0 === 104) && /^(?:\s?%|[/:]\d|h(?![a-zà-ỹđ]))/i.test(text.slice(n.end, n.end + 3))) {
      pending.length = 0;
      continue;
    }
    const j = nextTokenFrom(ctx, i + 1, n.end);
    const unit = unitAt(ctx, j) ?? degreeAt(ctx, n.end) ?? quotedUnitAt(ctx, n.end);
    if (!unit) {
      // "50 - 70°": the first number of a range waits for the unit of the second.
      if (nextNonSpace(ctx, n.end) === '-' && /^\s*-\s*\d/.test(ctx.fold.slice(n.end, n.end + 4))) pending.push(i);
      else pending.length = 0;
      continue;
    }
    for (const p of pending) {
      const pn = readScaledNumber(ctx, p);
      if (pn) out.push({ type: 'quantity', start: toks.start[p]!, end: pn.end, value: { amount: pn.value, unit: unit.unit } });
    }
    pending.length = 0;
    const approx = approxBefore(ctx, i);
    const value = approx ? { amount: n.value, unit: unit.unit, approx: approx.approx } : { amount: n.value, unit: unit.unit };
    out.push({ type: 'quantity', start: approx ? approx.start : toks.start[i]!, end: unit.end, value });
  }
  return out;
}
