import { canonicalText } from './canonical-text.ts';
import type { Candidate } from './candidate.ts';
import { lookupNames, nameTable, NO_NAMES, type GazetteerIndex } from './gazetteer/gazetteer-index.ts';
import { phraseTrie, type PhraseTrie } from './name-lexicon.ts';
import { createTagContext, type TagContext } from './tag-context.ts';
import { Case, Gap, Kind, tokenAt } from './tokenize.ts';

// Campaigns: known movements from the gazetteer ("thi đua yêu nước"), a
// quoted name after a cue (khẩu hiệu, chủ đề, tinh thần, phong trào,
// chương trình, cuộc thi… “…”) and an unquoted named purpose after
// "phong trào thi đua" ("nâng cao chất lượng tham mưu"). Quoted goals,
// mechanisms and scare quotes have no cue and are left alone.

const CUES = [
  'khẩu hiệu', 'chủ đề', 'tinh thần', 'phong trào', 'phong trào thi đua', 'đợt thi đua', 'thi đua', 'cuộc vận động',
  'đợt vận động', 'vận động', 'chương trình', 'hành trình', 'cuộc thi', 'hội thi', 'chiến dịch', 'phương châm',
];
/** Heads in front of an unquoted campaign name. */
const HEADS = ['phong trào thi đua', 'phong trào', 'cuộc vận động', 'đợt vận động', 'đợt thi đua'];
/** How a named purpose begins ("phong trào thi đua nâng cao…"). */
const PURPOSES = new Set([
  'nâng cao', 'đẩy mạnh', 'xây dựng', 'học tập', 'chung tay', 'chung sức', 'toàn dân', 'cả nước', 'giữ gìn', 'bảo vệ',
  'phát huy', 'đổi mới', 'cải cách', 'phòng chống', 'đoàn kết', 'thực hiện', 'tăng cường', 'hiện đại', 'chuyển đổi',
  'tiết kiệm', 'chống', 'vì', 'hướng về', 'đền ơn', 'uống nước', 'lao động', 'sáng tạo', 'thi đua',
]);
/** Where an unquoted name ends. */
const NAME_END = new Set(['khối', 'của', 'trong', 'tại', 'do', 'với', 'năm', 'giai', 'nhằm', 'để', 'cho', 'theo', 'gắn', 'chào', 'trên', 'toàn', 'đến', 'đã', 'được', 'là', 'giữa', 'ở', 'từ', 'nhân', 'hướng']);
const CLOSE_FOR: Readonly<Record<string, string>> = { '“': '”', '"': '"', '‘': '’', "'": "'", '«': '»' };

let cues: PhraseTrie | undefined;
let heads: PhraseTrie | undefined;

const hasDiacritics = (s: string) => /[^\x00-\x7f]/.test(s);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// A quoted name that is a known campaign takes its canonical name.
function campaignValue(index: GazetteerIndex, inner: string): { value: string; ref?: string } {
  // Read while the text's own context lives: slot 1, not the text's slot 0.
  const sub = createTagContext(inner.normalize('NFC'), 1);
  for (const m of sub.toks.count ? lookupNames(sub, index, 0) : []) {
    const hit = m.hits.find((h) => h.entry.kind === 'campaign');
    if (hit && m.length === sub.toks.count) return { value: hit.entry.name, ref: hit.entry.id };
  }
  return { value: upperFirst(canonicalText(sub.text)) };
}

// The cue phrase ending right before offset `pos` (skipping "là", ":" and two lower-case words).
function cueBefore(ctx: TagContext, pos: number): boolean {
  const { toks } = ctx;
  cues ??= phraseTrie(CUES);
  let t = tokenAt(toks, pos) - 1;
  if (t >= 0 && ctx.lower(t) === 'là') t--;
  for (let skip = 0; skip <= 2 && t >= 0; skip++) {
    if (cues.endingBefore(ctx, t + 1, 3)) return true;
    if (toks.cap[t] !== Case.Lower || toks.gap[t] === Gap.Hard) return false;
    t--;
  }
  return false;
}

const QUOTE = /[“"‘'«]/g;

function quotedCampaigns(ctx: TagContext, index: GazetteerIndex, out: Candidate[]): void {
  const { text } = ctx;
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m; m = QUOTE.exec(text)) {
    const p = m.index;
    const q = m[0];
    if ((q === '"' || q === "'") && p > 0 && !/[\s(:]/.test(text[p - 1]!)) continue;
    // Only a short stretch is searched for the closing quote: a stray quote costs no scan of the rest.
    const found = text.slice(p + 1, p + 162).indexOf(CLOSE_FOR[q]!);
    if (found < 0) continue;
    const close = p + 1 + found;
    const inner = text.slice(p + 1, close);
    if (inner.includes('\n') || inner.trim().length < 3 || !hasDiacritics(inner)) continue;
    if (cueBefore(ctx, p)) {
      out.push({ type: 'campaign', start: p, end: close + 1, ...campaignValue(index, inner.trim()), rank: 2 });
    }
    QUOTE.lastIndex = close + 1;
  }
}

function unquotedCampaignAt(ctx: TagContext, i: number): Candidate | undefined {
  const { toks, text } = ctx;
  heads ??= phraseTrie(HEADS);
  const h = heads.longestAt(ctx, i);
  if (!h) return undefined;
  const s = i + h[0];
  if (s + 1 >= toks.count || toks.gap[s] !== Gap.Space || toks.cap[s] !== Case.Lower) return undefined;
  if (!PURPOSES.has(`${ctx.lower(s)} ${ctx.lower(s + 1)}`) && !PURPOSES.has(ctx.lower(s))) return undefined;
  let e = s;
  while (e < toks.count && e - s < 8 && toks.kind[e] === Kind.Word && toks.cap[e] === Case.Lower && (e === s || toks.gap[e] === Gap.Space) && !(e > s + 1 && NAME_END.has(ctx.lower(e)))) e++;
  if (e - s < 2) return undefined;
  const name = text.slice(toks.start[s]!, toks.end[e - 1]!);
  if (!hasDiacritics(name)) return undefined;
  return { type: 'campaign', start: toks.start[i]!, end: toks.end[e - 1]!, value: upperFirst(canonicalText(name)), rank: 1 };
}

export function findCampaigns(ctx: TagContext, index: GazetteerIndex): Candidate[] {
  const { toks, text } = ctx;
  const out: Candidate[] = [];
  quotedCampaigns(ctx, index, out);
  const table = nameTable(ctx, index);
  for (let i = 0; i < toks.count; i++) {
    if (toks.kind[i] !== Kind.Word) continue;
    for (const m of table[i] ?? NO_NAMES) {
      const hit = m.hits.find((h) => h.entry.kind === 'campaign');
      if (!hit) continue;
      const start = toks.start[i]!;
      const end = toks.end[i + m.length - 1]!;
      if (hit.hasDiacritics && !hasDiacritics(text.slice(start, end))) continue;
      out.push({ type: 'campaign', start, end, value: hit.entry.name, ref: hit.entry.id, rank: 3 });
      break;
    }
    const u = unquotedCampaignAt(ctx, i);
    if (u) out.push(u);
  }
  return out;
}
