import type { VocabularyEntry } from '../schemas/vocabulary.ts';
import type { Candidate } from './candidate.ts';
import { nameTable, type AliasHit, type GazetteerIndex } from './gazetteer/gazetteer-index.ts';
import { partyPrefixTrie, UNIT_ABBREVIATIONS, unitHeadTrie, type PhraseTrie } from './name-lexicon.ts';
import { adminWordAt, nameValue, readNameAfter } from './read-name-shape.ts';
import type { TagContext } from './tag-context.ts';
import { Case, Gap, Kind } from './tokenize.ts';
import { findUnitLists } from './find-unit-lists.ts';
import { foldFast } from './fold-fast.ts';

// Units: gazetteer names first (aliases resolve to one canonical name), then
// names not in the gazetteer by their shape ("Chi cục Hải quan cửa khẩu …",
// "Đội Kiểm soát …", "Công ty CP …"), then a Party or union body in front of
// a unit ("Đảng bộ Cục Hải quan Lạng Sơn") as one name.

const NOT_UNITS = new Set(['dai loan', 'hoi an', 'ban me thuot', 'cuc bac', 'cuc nam']);

type UnitCandidate = Extract<Candidate, { type: 'unit' }> & { startTok: number; endTok: number };

/** The article's date as YYYY-MM-DD, to skip units that did not exist yet. */
function docDay(ctx: TagContext): string | undefined {
  const r = ctx.refDate ?? (ctx.yearHint ? { year: ctx.yearHint, month: 12, day: 31 } : undefined);
  if (!r) return undefined;
  const p = (n: number | undefined) => String(n ?? 1).padStart(2, '0');
  return `${r.year}-${p(r.month)}-${p(r.day)}`;
}

// "Hải quan Bình Dương" meant the provincial department until it ended in
// 2025; written later, the short name is the office of that name, not the
// department (its full name "Cục Hải quan Bình Dương" still resolves).
function colloquialAfterEnd(ctx: TagContext, i: number, e: VocabularyEntry, day: string | undefined): boolean {
  if (!day || !e.validTo || e.validTo >= day) return false;
  return ctx.toks.key[i] !== foldFast(e.name.split(' ')[0]!);
}

export function existsAt(e: VocabularyEntry, day: string | undefined): boolean {
  return !day || !e.validFrom || e.validFrom <= day;
}

const DASHES = { dashes: true } as const;

/** Longest phrase of `trie` at token `i` whose first word is capitalised. */
export function capitalisedPhraseAt(ctx: TagContext, trie: PhraseTrie, i: number): [number, string] | undefined {
  const { toks } = ctx;
  if (toks.kind[i] !== Kind.Word || toks.cap[i] === Case.Lower) return undefined;
  return trie.longestAt(ctx, i, DASHES);
}

function gazetteerUnitAt(ctx: TagContext, index: GazetteerIndex, i: number, day: string | undefined, table = nameTable(ctx, index)): UnitCandidate | undefined {
  const names = table[i];
  if (!names) return undefined;
  for (const m of names) {
    // The article's date picks between generations sharing a short name
    // ("Cục Hải quan" before and after 2025). A long name that only one
    // generation ever had ("Hải quan khu vực VIII") means that unit even in an
    // article written before it existed ("từ ngày 1/3/2025, Hải quan khu vực
    // VIII tiếp nhận…"). Loops, not closures over i and day: those would
    // allocate at every call.
    let hit: AliasHit | undefined;
    let anyUsable: AliasHit | undefined;
    for (const h of m.hits) {
      if (h.entry.kind !== 'unit' || colloquialAfterEnd(ctx, i, h.entry, day)) continue;
      anyUsable ??= h;
      if (existsAt(h.entry, day)) {
        hit = h;
        break;
      }
    }
    hit ??= m.length >= 4 ? anyUsable : undefined;
    if (!hit) continue;
    const endTok = i + m.length;
    return { type: 'unit', start: ctx.toks.start[i]!, end: ctx.toks.end[endTok - 1]!, value: hit.entry.name, ref: hit.entry.id, startTok: i, endTok, rank: 2 };
  }
  return undefined;
}

function shapeUnitAt(ctx: TagContext, i: number, gaz: UnitCandidate | undefined): UnitCandidate | undefined {
  const { toks } = ctx;
  const head = capitalisedPhraseAt(ctx, unitHeadTrie(), i);
  if (!head) return undefined;
  const [len, canonical] = head;
  // A heading in capitals ("CHI BỘ HẢI QUAN…"), not an abbreviated head ("UBND").
  const allCaps = toks.cap[i] === Case.AllCaps && /\p{Ll}/u.test(canonical);
  // A head that already names the unit ("Đội Kiểm soát", "Chi cục Hải quan") may take a lower-case description.
  const headNamed = (/ \p{Lu}/u.test(canonical) && !/^(Đồn|Bộ|Kho|Ủy|Hội|Tòa|Viện|Cục|Chi|Trạm) /.test(canonical)) || canonical === 'Chi cục Hải quan';
  const company = /^(Công ty|Tổng công ty|Tập đoàn|Hợp tác xã|Ngân hàng)$/.test(canonical);
  const endTok = readNameAfter(ctx, i + len, { allowLower: !allCaps, headNamed, company, max: allCaps ? 9 : 20 });
  if (endTok === i + len) return undefined;
  // An acronym alone ("Đội TTKS") or a country ("Đài Loan") is not a name.
  if (endTok === i + len + 1 && toks.cap[i + len] === Case.AllCaps && canonical !== 'Công ty') return undefined;
  if (NOT_UNITS.has(ctx.fold.slice(toks.start[i]!, toks.end[endTok - 1]!))) return undefined;
  if (allCaps) {
    // A heading in capitals: only a short name that ends the line or clause.
    const next = endTok < toks.count ? toks.gap[endTok] : Gap.Hard;
    if (endTok - i > 8 || next === Gap.Space) return undefined;
  }
  // A known name followed by lower-case words is the known name, not a longer one.
  if (gaz && endTok > gaz.endTok) {
    const t = gaz.endTok;
    const first = toks.kind[t] === Kind.Number || toks.cap[t] !== Case.Lower || adminWordAt(ctx, t) > 0 || /^(so|khu|cua)$/.test(toks.key[t]!);
    if (!first) return undefined;
  }
  const value = nameValue(ctx, i, endTok, { tokens: len, canonical: UNIT_ABBREVIATIONS.get(canonical) ?? canonical });
  return { type: 'unit', start: toks.start[i]!, end: toks.end[endTok - 1]!, value, startTok: i, endTok, rank: 1 };
}

export function findUnits(ctx: TagContext, index: GazetteerIndex): Candidate[] {
  const { toks } = ctx;
  const day = docDay(ctx);
  const found: UnitCandidate[] = [];
  // A head inside the name just read ("Ban" in "Ban Chỉ đạo … Ban …") can only give a shorter, losing name.
  let shapeEnd = 0;
  const table = nameTable(ctx, index);
  for (let i = 0; i < toks.count; i++) {
    if (toks.kind[i] !== Kind.Word) continue;
    const gaz = table[i] ? gazetteerUnitAt(ctx, index, i, day, table) : undefined;
    const shape = i >= shapeEnd ? shapeUnitAt(ctx, i, gaz) : undefined;
    if (gaz) found.push(gaz);
    if (shape && (!gaz || shape.endTok > gaz.endTok)) {
      found.push(shape);
      shapeEnd = shape.endTok;
    }
  }
  // "Đảng bộ" + "Cục Hải quan Lạng Sơn": one unit, named with the canonical inner name.
  const merged: UnitCandidate[] = [];
  // A Party body read as one shape ("Chi bộ Hải quan CKQT Cầu Treo") gets its inner unit read too.
  const inner: UnitCandidate[] = [];
  for (const u of found) {
    if (u.ref) continue;
    const prefix = capitalisedPhraseAt(ctx, partyPrefixTrie(), u.startTok);
    const k = prefix ? u.startTok + prefix[0] : -1;
    if (k < 0 || k >= u.endTok || toks.gap[k] !== Gap.Space) continue;
    const v = shapeUnitAt(ctx, k, gazetteerUnitAt(ctx, index, k, day));
    if (v && v.endTok === u.endTok) inner.push(v);
  }
  for (const u of [...found, ...inner]) {
    for (let back = 1; back <= 4 && u.startTok - back >= 0; back++) {
      const p = u.startTok - back;
      const prefix = capitalisedPhraseAt(ctx, partyPrefixTrie(), p);
      if (!prefix || prefix[0] !== back || toks.gap[u.startTok] !== Gap.Space) continue;
      merged.push({ ...u, start: toks.start[p]!, value: `${prefix[1]} ${u.value}`, ref: undefined, startTok: p, rank: 3 });
      break;
    }
  }
  const out: Candidate[] = [...found, ...merged, ...findUnitLists(ctx, index, day)];
  return out.map((c) => {
    const { startTok: _s, endTok: _e, ...rest } = c as UnitCandidate;
    return rest as Candidate;
  });
}
