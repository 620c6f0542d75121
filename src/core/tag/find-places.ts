import { canonicalText } from './canonical-text.ts';
import { foldFast } from './fold-fast.ts';
import type { Candidate } from './candidate.ts';
import { lookupNames, nameTable, NO_NAMES, type GazetteerIndex } from './gazetteer/gazetteer-index.ts';
import { phraseTrie, type PhraseTrie } from './name-lexicon.ts';
import { personAhead } from './read-name-shape.ts';
import type { TagContext } from './tag-context.ts';
import { HashSet } from './syllable-table.ts';
import { Case, Gap, Kind, syllableHash } from './tokenize.ts';

// Places: provinces (bare name, also from "tỉnh Lạng Sơn"), border gates and
// airports from the gazetteer; communes, districts, villages and gates not in
// it by their head ("xã Tam Gia" → "Xã Tam Gia", "P.Nam Đông Hà" → "Phường
// Nam Đông Hà"). A name learned with its head is found bare elsewhere in
// the same text ("Hua Bum" after "xã Hua Bum").

const PLACE_HEADS: Readonly<Record<string, string>> = {
  xã: 'Xã', phường: 'Phường', 'thị trấn': 'Thị trấn', huyện: 'Huyện', quận: 'Quận', 'thị xã': 'Thị xã',
  'thành phố': 'Thành phố', tp: 'Thành phố', thôn: 'Thôn', bản: 'Bản', ấp: 'Ấp', 'khu phố': 'Khu phố',
  'tổ dân phố': 'Tổ dân phố', xóm: 'Xóm', 'cửa khẩu': 'Cửa khẩu', ck: 'Cửa khẩu', ckqt: 'Cửa khẩu',
};
/** Initials with a period: "P.Nam Đông Hà", "H.Xín Mần", "TP.Hà Giang". */
const ABBREVIATED: ReadonlyMap<string, string> = new Map([
  ['p', 'Phường'], ['h', 'Huyện'], ['q', 'Quận'], ['x', 'Xã'], ['tp', 'Thành phố'], ['tx', 'Thị xã'], ['tt', 'Thị trấn'],
]);
/** Qualifiers between "cửa khẩu" and its name that the value leaves out. */
const ABBREVIATED_HASHES = new HashSet([...ABBREVIATED.keys()].map(syllableHash));
const GATE_QUALIFIERS = new Set(['quốc tế', 'chính', 'phụ', 'song phương', 'đường bộ', 'quốc gia']);
const NUMBERED = new Set(['Ấp', 'Thôn', 'Khu phố', 'Tổ dân phố', 'Xóm', 'Bản', 'Phường', 'Quận']);

let heads: PhraseTrie | undefined;
let qualifiers: PhraseTrie | undefined;

const capAt = (ctx: TagContext, k: number) => k < ctx.toks.count && ctx.toks.kind[k] === Kind.Word && ctx.toks.cap[k] !== Case.Lower;

// A proper name of one to four capitalised syllables, with a number at the end ("Móng Cái 1").
function properNameEnd(ctx: TagContext, k: number, numbered: boolean): number {
  const { toks } = ctx;
  let e = k;
  // "TP Hà Nội | Nguyễn Thế Hùng": a person's name after the place is not part of it.
  while (e < toks.count && e - k < 4 && capAt(ctx, e) && toks.cap[e] !== Case.AllCaps && (e === k || (toks.gap[e] === Gap.Space && !personAhead(ctx, e)))) e++;
  // A lone capital letter ("bản T") is no name.
  if (e === k + 1 && toks.key[k]!.length === 1) return k;
  if (e === k && numbered && toks.kind[k] === Kind.Number && toks.key[k]!.length <= 3) return k + 1;
  if (e > k && e < toks.count && toks.kind[e] === Kind.Number && toks.gap[e] === Gap.Space && toks.key[e]!.length <= 2) {
    const after = ctx.text[toks.end[e]!];
    if (after === undefined || /[\s,.;)]/.test(after)) e++;
  }
  return e;
}

function headAt(ctx: TagContext, i: number): { len: number; head: string } | undefined {
  const { toks } = ctx;
  if (toks.kind[i] !== Kind.Word) return undefined;
  const short = ABBREVIATED_HASHES.has(toks.hash[i]!) ? ABBREVIATED.get(toks.key[i]!) : undefined;
  if (short && i + 1 < toks.count && toks.gap[i + 1] === Gap.Period && toks.cap[i] !== Case.Lower && toks.key[i + 1]!.length > 1) {
    return { len: 1, head: short };
  }
  heads ??= phraseTrie(Object.keys(PLACE_HEADS));
  const m = heads.longestAt(ctx, i);
  if (!m) return undefined;
  const head = PLACE_HEADS[m[1]]!;
  // "TP" and "CK" are only heads in capitals; "bản" only before a capitalised name.
  if ((head === 'Thành phố' && toks.key[i] === 'tp' && toks.cap[i] !== Case.AllCaps) || (toks.key[i] === 'ck' && toks.cap[i] !== Case.AllCaps)) return undefined;
  return { len: m[0], head };
}

const PLURAL = new Set(['các', 'những', 'nhiều', 'mọi', 'hai', 'ba', 'bốn', 'một']);

// "cửa khẩu Lạng Sơn": the name after the head is a province's. A loop, not
// a closure over the span: a captured variable makes every call of the
// caller allocate, and shapePlaceAt runs at every word of the text.
function provinceNamed(ctx: TagContext, index: GazetteerIndex, k: number, e: number): boolean {
  for (const m of lookupNames(ctx, index, k)) {
    if (m.length !== e - k) continue;
    for (const x of m.hits) if (/^(tinh|tp)-/.test(x.entry.id)) return true;
  }
  return false;
}

function shapePlaceAt(ctx: TagContext, index: GazetteerIndex, i: number): Candidate | undefined {
  const { toks, text } = ctx;
  const h = headAt(ctx, i);
  if (!h) return undefined;
  let k = i + h.len;
  // A period only after an abbreviated head ("TP.Hà Giang"), never "thành phố. Chị Thủy".
  const abbreviated = h.len === 1 && (ABBREVIATED.has(toks.key[i]!) || toks.key[i] === 'tp');
  if (k >= toks.count || (toks.gap[k] !== Gap.Space && !(abbreviated && toks.gap[k] === Gap.Period))) return undefined;
  if (h.head === 'Cửa khẩu') {
    // "các cửa khẩu Lạng Sơn" are the province's gates, not one gate.
    if (i > 0 && PLURAL.has(ctx.lower(i - 1))) return undefined;
    qualifiers ??= phraseTrie([...GATE_QUALIFIERS]);
    const q = toks.cap[k] === Case.Lower ? qualifiers.longestAt(ctx, k) : undefined;
    if (q) k += q[0];
  }
  const e = properNameEnd(ctx, k, NUMBERED.has(h.head));
  if (e === k) return undefined;
  if (h.head === 'Cửa khẩu' && provinceNamed(ctx, index, k, e)) return undefined;
  const name = canonicalText(text.slice(toks.start[k]!, toks.end[e - 1]!));
  return { type: 'place', start: toks.start[i]!, end: toks.end[e - 1]!, value: `${h.head} ${name}`, rank: 1 };
}

export function findPlaces(ctx: TagContext, index: GazetteerIndex): Candidate[] {
  const { toks } = ctx;
  const out: Candidate[] = [];
  const learned = new Map<string, string>();
  const table = nameTable(ctx, index);
  for (let i = 0; i < toks.count; i++) {
    if (toks.kind[i] !== Kind.Word) continue;
    let gaz: Candidate | undefined;
    for (const m of table[i] ?? NO_NAMES) {
      const hit = m.hits.find((x) => x.entry.kind === 'place');
      if (!hit) continue;
      // "2 tỉnh Vân Nam": the count keeps its noun, the province is its name.
      let s = i;
      if (m.length > 1 && toks.cap[i] === Case.Lower && (toks.key[i] === 'tinh' || (toks.key[i] === 'thanh' && toks.key[i + 1] === 'pho'))) s += toks.key[i] === 'tinh' ? 1 : 2;
      gaz = { type: 'place', start: toks.start[s]!, end: toks.end[i + m.length - 1]!, value: hit.entry.name, ref: hit.entry.id, rank: 2 };
      break;
    }
    const shape = shapePlaceAt(ctx, index, i);
    if (gaz) out.push(gaz);
    if (shape && (!gaz || shape.end > gaz.end)) {
      out.push(shape);
      const v = shape.value as string;
      const bare = v.slice(v.indexOf(' ') + 1);
      if (/\p{Lu}\S*\s\p{Lu}/u.test(bare) && !/^(Cửa khẩu|Thành phố)/.test(v)) learned.set(bare, v);
    }
  }
  if (learned.size) out.push(...findLearned(ctx, learned));
  return out;
}

// Bare mentions of names learned with their head in this text, found by
// their first syllable in one pass over the tokens.
function findLearned(ctx: TagContext, learned: ReadonlyMap<string, string>): Candidate[] {
  const { toks, text } = ctx;
  const byFirst = new Map<string, string[]>();
  for (const bare of learned.keys()) {
    const first = foldFast(bare.split(' ')[0]!);
    byFirst.set(first, [...(byFirst.get(first) ?? []), bare]);
  }
  const out: Candidate[] = [];
  for (let i = 0; i < toks.count; i++) {
    const names = toks.cap[i] === Case.Upper ? byFirst.get(toks.key[i]!) : undefined;
    if (!names) continue;
    const at = toks.start[i]!;
    for (const bare of names) {
      if (!text.startsWith(bare, at)) continue;
      const after = text[at + bare.length];
      if (after && /[\p{L}\d]/u.test(after)) continue;
      out.push({ type: 'place', start: at, end: at + bare.length, value: learned.get(bare)!, rank: 0 });
    }
  }
  return out;
}
