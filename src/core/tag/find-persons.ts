import { canonicalText } from './canonical-text.ts';
import type { Candidate } from './candidate.ts';
import type { GazetteerIndex } from './gazetteer/gazetteer-index.ts';
import { phraseTrie, SURNAMES, type PhraseTrie } from './name-lexicon.ts';
import type { TagContext } from './tag-context.ts';
import { Case, Gap, Kind } from './tokenize.ts';

// People: a run of capitalised syllables that starts with a family name
// ("Nguyễn Hồng Linh"), or follows a title or a role ("ông Phan Sông Hậu",
// "Phó Thủ tướng Lê Văn Thành"); photo credits and bylines ("Ảnh: Mai Loan",
// "N.Linh" on the last line). The role next to the name is kept.

const ROLES = [
  'Bộ trưởng', 'Thứ trưởng', 'Thủ tướng', 'Phó Thủ tướng', 'Chủ tịch', 'Phó Chủ tịch', 'Tổng Bí thư', 'Bí thư', 'Phó Bí thư',
  'Cục trưởng', 'Phó Cục trưởng', 'Chi cục trưởng', 'Phó Chi cục trưởng', 'Tổng cục trưởng', 'Phó Tổng cục trưởng',
  'Vụ trưởng', 'Phó Vụ trưởng', 'Trưởng ban', 'Phó Trưởng ban', 'Giám đốc', 'Phó Giám đốc', 'Tổng giám đốc',
  'Phó Tổng giám đốc', 'Đội trưởng', 'Phó Đội trưởng', 'Đội phó', 'Trưởng phòng', 'Phó Trưởng phòng', 'Chánh Văn phòng',
  'Chánh Thanh tra', 'Đồn trưởng', 'Chính trị viên', 'Chính ủy', 'Chỉ huy trưởng', 'Trưởng đoàn', 'Tổ trưởng',
  'Thiếu úy', 'Trung úy', 'Thượng úy', 'Đại úy', 'Thiếu tá', 'Trung tá', 'Thượng tá', 'Đại tá', 'Thiếu tướng',
  'Trung tướng', 'Thượng tướng', 'Đại tướng', 'Phó Chủ nhiệm', 'Chủ nhiệm', 'Trưởng Công an', 'Phó Trưởng Công an',
];
const TITLES = ['ông', 'bà', 'anh', 'chị', 'đồng chí', 'đ/c', 'cô', 'chú'];
/** Names that are almost always part of something else's name. */
const NOT_PEOPLE = new Set(['hồ chí minh', 'tôn đức thắng']);
/** Heads of streets, schools and the like, before a person's name that is not a person here. */
const NAMED_AFTER = new Set(['đường', 'phố', 'trường', 'cầu', 'giải', 'chương', 'thpt', 'thcs', 'núi', 'sông', 'suối', 'đèo', 'hồ', 'đảo', 'bến', 'chợ', 'tàu']);

/** Countries and territories: names, but not of people (nor, for now, places). */
const COUNTRIES = new Set(
  'việt nam,trung quốc,lào,campuchia,thái lan,hàn quốc,nhật bản,hoa kỳ,đài loan,hồng kông,ma cao,triều tiên,ấn độ,liên bang nga,singapore,malaysia,indonesia,philippines,myanmar,úc,canada,đức,pháp,anh,mỹ,nga'.split(','),
);

const TITLE_WORDS = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'đồng', 'theo', 'tại', 'các', 'đại', 'phó', 'ảnh']);

let roles: PhraseTrie | undefined;
let titles: PhraseTrie | undefined;

const capWord = (ctx: TagContext, k: number) => k < ctx.toks.count && ctx.toks.kind[k] === Kind.Word && ctx.toks.cap[k] === Case.Upper;

/** End token of a run of up to four capitalised syllables from `k`. */
function capRunEnd(ctx: TagContext, k: number): number {
  let e = k;
  while (e - k < 4 && capWord(ctx, e) && (e === k || ctx.toks.gap[e] === Gap.Space)) e++;
  return e;
}

const phraseBefore = (ctx: TagContext, trie: PhraseTrie, end: number) => trie.endingBefore(ctx, end);

function roleNear(ctx: TagContext, start: number, end: number, nameStarts: ReadonlySet<number>): string | undefined {
  roles ??= phraseTrie(ROLES);
  const { toks } = ctx;
  const before = phraseBefore(ctx, roles, start);
  if (before && toks.gap[start] === Gap.Space) return before.phrase;
  // "Tổng giám đốc Kho bạc Nhà nước Nguyễn Hồng Hà": a unit between role and name.
  for (let k = start - 1; k > start - 8 && k > 0; k--) {
    if (toks.gap[k + 1] !== Gap.Space) break;
    if (nameStarts.has(toks.start[k]!)) {
      const r = phraseBefore(ctx, roles, k);
      if (r) return r.phrase;
    }
  }
  // "Nguyễn Hồng Linh - Cục trưởng", "Nguyễn Công Trưởng, Cục trưởng".
  if (end < toks.count && (toks.gap[end] === Gap.Dash || toks.gap[end] === Gap.Comma)) {
    const m = roles.longestAt(ctx, end);
    if (m) return m[1];
  }
  return undefined;
}

function isCreditAt(ctx: TagContext, i: number): boolean {
  // "Ảnh: T.Bình", "(Ảnh: Quốc Đạt)", "ẢNH: B.H"
  return i >= 1 && ctx.toks.gap[i] === Gap.Colon && /^(anh|nguon)$/.test(ctx.toks.key[i - 1]!) && ctx.toks.cap[i - 1] !== Case.Lower;
}

const INITIALS = /^\p{Lu}\. ?\p{Lu}[\p{Ll}]*(?: \p{Lu}[\p{Ll}]*)?/u;

export function findPersons(ctx: TagContext, _index: GazetteerIndex, names: readonly Candidate[]): Candidate[] {
  const { toks, text } = ctx;
  titles ??= phraseTrie(TITLES);
  const nameStarts = new Set(names.map((n) => n.start));
  const taken = new Set(names.filter((n) => n.type !== 'campaign').map((n) => n.start));
  const out: Candidate[] = [];
  const push = (s: number, e: number, credit = false) => {
    const value = canonicalText(text.slice(toks.start[s]!, toks.end[e - 1]!));
    if (NOT_PEOPLE.has(value.toLowerCase())) return;
    const role = credit ? undefined : roleNear(ctx, s, e, nameStarts);
    out.push({ type: 'person', start: toks.start[s]!, end: toks.end[e - 1]!, value, ...(role ? { role } : {}), rank: 0 });
  };
  for (let i = 0; i < toks.count; i++) {
    if (toks.kind[i] !== Kind.Word) continue;
    if (isCreditAt(ctx, i)) {
      const m = INITIALS.exec(text.slice(toks.start[i]!, toks.start[i]! + 30));
      if (m && !/^\p{Lu}\.\p{Lu}{2}/u.test(m[0])) {
        out.push({ type: 'person', start: toks.start[i]!, end: toks.start[i]! + m[0].length, value: m[0], rank: 0 });
        continue;
      }
      const e = capRunEnd(ctx, i);
      if (e > i && !taken.has(toks.start[i]!)) push(i, e, true);
      if (e > i) i = e - 1;
      continue;
    }
    if (!capWord(ctx, i) || taken.has(toks.start[i]!) || TITLE_WORDS.has(ctx.lower(i))) continue;
    const e = capRunEnd(ctx, i);
    const len = e - i;
    if (len < 2) continue;
    const title = i > 0 ? phraseBefore(ctx, titles, i) : undefined;
    const role = i > 0 ? phraseBefore(ctx, (roles ??= phraseTrie(ROLES)), i) : undefined;
    const surname = SURNAMES.has(ctx.lower(i));
    const named = i > 0 && NAMED_AFTER.has(ctx.lower(i - 1));
    if (named) continue;
    if ((surname && len >= 3) || ((title || role) && toks.gap[i] === Gap.Space)) {
      push(i, e);
      i = e - 1;
    }
  }
  out.push(...bylines(ctx, taken));
  return out;
}

// The last line of the text, when it is a short name or initials ("Trí Dũng", "N.Linh")
// and not a place or a unit the other finders know ("Lạng Sơn", "Trung Quốc").
function bylines(ctx: TagContext, taken: ReadonlySet<number>): Candidate[] {
  const { text } = ctx;
  const trimmed = text.trimEnd();
  const lineStart = trimmed.lastIndexOf('\n') + 1;
  const line = trimmed.slice(lineStart).trim();
  const at = trimmed.indexOf(line, lineStart);
  if (line.length > 30 || /\d/.test(line) || taken.has(at) || COUNTRIES.has(line.toLowerCase())) return [];
  const ok = /^\p{Lu}\.\s?\p{Lu}[\p{Ll}]*$/u.test(line) || /^\p{Lu}\.\p{Lu}$/u.test(line) || /^(?:\p{Lu}[\p{Ll}]+)(?:\s\p{Lu}[\p{Ll}]+){1,3}$/u.test(line);
  return ok ? [{ type: 'person', start: at, end: at + line.length, value: canonicalText(line), rank: 0 }] : [];
}
