import { canonicalText } from './canonical-text.ts';
import { adminWordTrie, NAME_DESCRIPTORS, STOP_WORDS, SURNAMES, UNIT_ABBREVIATIONS, unitHeadTrie } from './name-lexicon.ts';
import type { TagContext } from './tag-context.ts';
import { Case, Gap, Kind } from './tokenize.ts';

// The name after a head ("Đội" + "Kiểm soát chống buôn lậu số 2"), read by
// its shape: capitalised syllables, the lower-case words that describe a
// unit before its proper name ("cửa khẩu quốc tế", "chống buôn lậu"), a
// number after "số", an admin word before a place. It ends at punctuation,
// at a verb or function word, or at the first lower-case word after a proper
// name of two capitalised syllables ("Cục Hải quan Lạng Sơn | xây dựng").

// An admin word without a name after it ("Đảng bộ tỉnh lần thứ XV") ends the name.
const ADMIN_ALONE = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thành', 'thị']);

export interface NameOptions {
  /** False in ALL CAPS headings: only capitalised words then. */
  allowLower?: boolean;
  /** The head already names the unit ("Đội Kiểm soát"): a lower-case description completes it. */
  headNamed?: boolean;
  /** A company: "và" may join the parts of its name. */
  company?: boolean;
  /** The most syllables to read (20). */
  max?: number;
}

const LEGAL_FORMS = new Set(['tnhh', 'cp', 'mtv', 'jsc', 'xnk', 'tm', 'dv', 'sx']);

const isCap = (ctx: TagContext, k: number) => ctx.toks.kind[k] === Kind.Word && ctx.toks.cap[k] !== Case.Lower;

/** Length of the admin word at `k` ("thành phố" = 2) when a capitalised name follows it. */
export function adminWordAt(ctx: TagContext, k: number): number {
  const { toks } = ctx;
  const m = adminWordTrie().longestAt(ctx, k);
  if (!m) return 0;
  const next = k + m[0];
  const g = next < toks.count ? toks.gap[next] : Gap.Hard;
  const ok = next < toks.count && (g === Gap.Space || g === Gap.Period) && (isCap(ctx, next) || toks.kind[next] === Kind.Number);
  return ok ? m[0] : 0;
}

// "Kho bạc Nhà nước | Nguyễn Hồng Hà": a run of two to four capitalised
// syllables starting with a family name, after a name already read, is a person.
export function personAhead(ctx: TagContext, k: number): boolean {
  if (!SURNAMES.has(ctx.lower(k)) || ctx.toks.cap[k] !== Case.Upper) return false;
  let n = 1;
  while (n <= 4 && k + n < ctx.toks.count && ctx.toks.gap[k + n] === Gap.Space && ctx.toks.cap[k + n] === Case.Upper && ctx.toks.kind[k + n] === Kind.Word) n++;
  return n >= 3 && n <= 4;
}

/**
 * Reads the name that follows a head ending before token `j`. Returns the
 * index after the last token of the name, or `j` when there is no name.
 */
export function readNameAfter(ctx: TagContext, j: number, opts: NameOptions = {}): number {
  const { toks } = ctx;
  const allowLower = opts.allowLower ?? true;
  let k = j;
  let last = j;
  let lowerRun = 0;
  let capRun = 0;
  let properSeen = false;
  let named = false;
  // No name runs on for more than 20 syllables: a heading in capitals stays linear.
  const stop = Math.min(toks.count, j + (opts.max ?? 20));
  while (k < stop) {
    // "phòng, chống": one phrase despite its comma.
    const pc = toks.gap[k] === Gap.Comma && toks.key[k] === 'chong' && toks.key[k - 1] === 'phong' && k - 1 >= j;
    const g = pc ? Gap.Space : toks.gap[k];
    const prevLower = k > 0 && toks.kind[k - 1] === Kind.Word && toks.cap[k - 1] === Case.Lower;
    if (g === Gap.Dash) {
      // "Huấn luyện - Cơ động", "đầu tư - gia công": a dash inside the descriptive part only,
      // and not before another unit ("Đội Kiểm soát Hải quan - Cục Hải quan…").
      const word = toks.kind[k] === Kind.Word && (isCap(ctx, k) || opts.headNamed);
      if (!(prevLower && k > j && word && !properSeen) || unitHeadTrie().startsAt(ctx, k)) break;
    } else if (g === Gap.Period) {
      if (!(k > 0 && /^(tp|p|h|q|x|tx|tt)$/.test(toks.key[k - 1]!) && isCap(ctx, k))) break;
    } else if (g !== Gap.Space) break;

    if (toks.kind[k] === Kind.Number) {
      const digits = toks.key[k]!.length;
      const after = toks.end[k]!;
      const glued = /^[.,/%]\d?/.test(ctx.text.slice(after, after + 2)) && !/^[.,]\s/.test(ctx.text.slice(after, after + 2));
      const p1 = ctx.toks.cap[k - 1] !== Case.Lower || /^(so|vuc)$/.test(toks.key[k - 1]!);
      const p2 = k - 2 >= j && ctx.toks.cap[k - 2] !== Case.Lower && toks.kind[k - 2] === Kind.Word;
      if (digits > 3 || glued || k === j || !(p1 || p2)) break;
      named = true;
      last = k + 1;
      k++;
      capRun = 0;
      continue;
    }
    if (isCap(ctx, k)) {
      if (personAhead(ctx, k)) break;
      const generic = NAME_DESCRIPTORS.has(ctx.lower(k)) || LEGAL_FORMS.has(toks.key[k]!);
      if (!NAME_DESCRIPTORS.has(ctx.lower(k))) named = true;
      if (!generic) capRun++;
      // Two capitalised syllables ("Lạng Sơn") or an acronym ("ABC") make a proper name.
      if (capRun >= 2 || (toks.cap[k] === Case.AllCaps && !UNIT_ABBREVIATIONS.get(ctx.word(k)) && !LEGAL_FORMS.has(toks.key[k]!))) properSeen = true;
      lowerRun = 0;
      last = k + 1;
      k++;
      continue;
    }
    capRun = 0;
    const admin = adminWordAt(ctx, k);
    if (admin) {
      k += admin;
      continue;
    }
    const w = ctx.lower(k);
    // "cảng Hải Phòng khu vực I": a numbered area after the proper name.
    if (properSeen && w === 'khu' && ctx.lower(k + 1) === 'vực' && k + 2 < toks.count && (toks.kind[k + 2] === Kind.Number || toks.cap[k + 2] === Case.AllCaps || toks.key[k + 2] === 'i')) {
      last = k + 3;
      k += 3;
      continue;
    }
    // "Thương mại và Dịch vụ": "và" joins two capitalised parts of a company's name.
    const joins = w === 'và' && opts.company && !properSeen && isCap(ctx, k + 1) && toks.gap[k + 1] === Gap.Space;
    if (!joins && (!allowLower || properSeen || STOP_WORDS.has(w) || ADMIN_ALONE.has(w))) break;
    if (!NAME_DESCRIPTORS.has(w) && ++lowerRun > (opts.headNamed ? 7 : 5)) break;
    k++;
    // Lower-case words count only when a capitalised word or a number follows them,
    // or as the description right after the head ("Đội Trinh sát đặc nhiệm").
    if (opts.headNamed && !joins && !NAME_DESCRIPTORS.has(w)) named = true;
    if (named) last = k;
  }
  // A name does not end on "số", "và" or a dangling descriptor.
  while (last > j && toks.kind[last - 1] === Kind.Word && toks.cap[last - 1] === Case.Lower && /^(so|va|cua|khu|vuc|cua khau)$/.test(toks.key[last - 1]!)) last--;
  return named ? last : j;
}

function allCapsSpan(ctx: TagContext, from: number, to: number): boolean {
  const { toks } = ctx;
  for (let k = from; k < to; k++) if (toks.kind[k] === Kind.Word && toks.cap[k] !== Case.AllCaps && toks.key[k]!.length > 1) return false;
  return true;
}

/** The value of a name span: abbreviations spelled out, ALL CAPS softened, new-style tones. */
export function nameValue(ctx: TagContext, from: number, to: number, head?: { tokens: number; canonical: string }): string {
  const { toks, text } = ctx;
  const allCaps = allCapsSpan(ctx, from, to);
  const parts: string[] = [];
  let k = from;
  if (head) {
    parts.push(head.canonical);
    k = from + head.tokens;
  }
  for (; k < to; k++) {
    const w = text.slice(toks.start[k]!, toks.end[k]!);
    if (k > from && toks.gap[k] === Gap.Dash) parts.push('-');
    if (k > from && toks.gap[k] === Gap.Comma && parts.length) parts[parts.length - 1] += ',';
    const expanded = UNIT_ABBREVIATIONS.get(w);
    if (expanded) parts.push(expanded);
    else if (allCaps && w.length > 1) parts.push(w[0]! + w.slice(1).toLowerCase());
    else parts.push(w);
  }
  return canonicalText(parts.join(' '));
}
