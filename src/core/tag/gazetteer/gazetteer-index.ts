import type { VocabularyEntry } from '../../schemas/vocabulary.ts';
import { foldText } from '../../text/fold.ts';
import { SyllableTrie } from '../syllable-trie.ts';
import type { TagContext } from '../tag-context.ts';
import { HashSet } from '../syllable-table.ts';
import { Case, Gap, Kind, syllableHash, type Tokens } from '../tokenize.ts';
import { loadBuiltinGazetteer } from './load-gazetteer.ts';

// Names are looked up in a trie over folded syllables, so tone placement,
// NFD input and missing diacritics do not matter ("Hai quan Ha Tinh"). What
// folding loses, a case rule restores: abbreviations must be written in
// capitals ("TCHQ", not "tchq") and the alias's proper name must be
// capitalised in the text, so a slug line "hai quan quang tri" is not a unit.

export interface AliasHit {
  readonly entry: VocabularyEntry;
  /** Alias syllables that must be ALL CAPS in the text. */
  readonly allCaps: readonly number[];
  /** The last capitalised syllable of the alias (-1: none), which must be capitalised in the text. */
  readonly lastCap: number;
  readonly hasDiacritics: boolean;
  /** The alias starts with a capital, and so must the text ("hải quan tỉnh X" is not a unit). */
  readonly firstCap: boolean;
}

export interface GazetteerLayer {
  readonly trie: SyllableTrie<AliasHit>;
  /** The aliases that may start with a lower-case word ("tỉnh Lạng Sơn", "thi đua yêu nước"): most tokens need only these. */
  readonly lowerTrie: SyllableTrie<AliasHit>;
  /** "Công Thương" → Bộ Công Thương, for lists like "các Bộ: Công Thương, Tài chính…". */
  readonly ministries: SyllableTrie<AliasHit>;
  readonly byId: ReadonlyMap<string, VocabularyEntry>;
  /** Hashes of the first syllables of the keys of each trie, to skip most tokens cheaply. */
  readonly firsts: { readonly trie: HashSet; readonly lowerTrie: HashSet; readonly ministries: HashSet };
}

export interface GazetteerIndex {
  /** Built-in first, then the user's vocabulary (which wins ties). */
  readonly layers: readonly GazetteerLayer[];
  entry(id: string): VocabularyEntry | undefined;
}

// Splits an alias the way tokenize() splits the text, without its typed
// arrays: building the index touches some six thousand aliases.
const SYLLABLE = /[a-z\u00c0-\u1fff]+|\d+/g;

function addAlias(trie: SyllableTrie<AliasHit>, entry: VocabularyEntry, alias: string, lowerTrie?: SyllableTrie<AliasHit>): void {
  const text = alias.normalize('NFC');
  const fold = foldText(text);
  const keys: string[] = [];
  const allCaps: number[] = [];
  let lastCap = -1;
  let firstCap = false;
  let prevEnd = -1;
  for (const m of fold.matchAll(SYLLABLE)) {
    const s = m.index;
    const word = m[0];
    const k = keys.length;
    const gap = prevEnd < 0 ? '' : fold.slice(prevEnd, s).trim();
    keys.push(k === 0 || gap === '' || /^[-.]$/.test(gap) ? word : gap === ',' ? `,${word}` : `#${word}`);
    prevEnd = s + word.length;
    const original = text.slice(s, prevEnd);
    if (original === original.toLowerCase()) continue;
    if (k === 0) firstCap = true;
    if (word.length > 1 && original === original.toUpperCase() && !/\d/.test(original)) allCaps.push(k);
    else lastCap = k;
  }
  if (keys.length === 0) return;
  const hit = { entry, allCaps, lastCap, hasDiacritics: /[^\x00-\x7f]/.test(text), firstCap };
  trie.add(keys, hit);
  if (lowerTrie && (!firstCap || entry.kind === 'campaign')) lowerTrie.add(keys, hit);
}

function buildLayer(entries: readonly VocabularyEntry[]): GazetteerLayer {
  const trie = new SyllableTrie<AliasHit>();
  const lowerTrie = new SyllableTrie<AliasHit>();
  const ministries = new SyllableTrie<AliasHit>();
  const byId = new Map<string, VocabularyEntry>();
  for (const e of entries) {
    byId.set(e.id, e);
    for (const a of [e.name, ...e.aliases]) addAlias(trie, e, a, lowerTrie);
    if (e.kind === 'unit' && e.parent === 'chinh-phu' && e.name.startsWith('Bộ ')) {
      for (const a of [e.name, ...e.aliases]) if (a.startsWith('Bộ ')) addAlias(ministries, e, a.slice(3));
    }
  }
  const hashes = (t: SyllableTrie<AliasHit>) => new HashSet([...(t.root.next?.keys() ?? [])].map(syllableHash));
  return { trie, lowerTrie, ministries, byId, firsts: { trie: hashes(trie), lowerTrie: hashes(lowerTrie), ministries: hashes(ministries) } };
}

function makeIndex(layers: GazetteerLayer[]): GazetteerIndex {
  return {
    layers,
    entry(id: string) {
      for (let k = layers.length - 1; k >= 0; k--) {
        const e = layers[k]!.byId.get(id);
        if (e) return e;
      }
      return undefined;
    },
  };
}

let builtinLayer: GazetteerLayer | undefined;
let builtinIndex: GazetteerIndex | undefined;
const userIndexes = new WeakMap<readonly VocabularyEntry[], GazetteerIndex>();

/** The lookup for the built-in gazetteer plus `vocabulary`, built once per distinct array. */
export function gazetteerIndex(vocabulary?: readonly VocabularyEntry[]): GazetteerIndex {
  builtinLayer ??= buildLayer(loadBuiltinGazetteer());
  if (!vocabulary || vocabulary.length === 0) return (builtinIndex ??= makeIndex([builtinLayer]));
  let index = userIndexes.get(vocabulary);
  if (!index) {
    index = makeIndex([builtinLayer, buildLayer(vocabulary)]);
    userIndexes.set(vocabulary, index);
  }
  return index;
}

/** True when the text at tokens `i…` honours the alias's capitals. */
export function casesAgree(ctx: TagContext, i: number, hit: AliasHit): boolean {
  const { cap } = ctx.toks;
  for (const k of hit.allCaps) if (cap[i + k] !== Case.AllCaps && !(ctx.toks.key[i + k]!.length === 1 && cap[i + k] === Case.Upper)) return false;
  if (hit.firstCap && cap[i] === Case.Lower && hit.entry.kind !== 'campaign') return false;
  return hit.lastCap < 0 || cap[i + hit.lastCap] !== Case.Lower;
}

export interface NameMatch {
  length: number;
  hits: readonly AliasHit[];
}

/** Gazetteer names starting at token `i`, longest first, whose capitals agree with the text. */
export function lookupNames(ctx: TagContext, index: GazetteerIndex, i: number, trie: 'trie' | 'ministries' = 'trie'): NameMatch[] {
  return trie === 'trie' ? (nameTable(ctx, index)[i] ?? NONE) : findNames(ctx, index, i, trie);
}

const NONE: NameMatch[] = [];
/** No names: iterate `table[i] ?? NO_NAMES` without a fresh empty array per token. */
export const NO_NAMES: readonly NameMatch[] = NONE;

/**
 * The gazetteer names at every token, found in one pass and shared by the
 * unit, place and campaign finders: `table[i]` is undefined where none starts.
 */
export function nameTable(ctx: TagContext, index: GazetteerIndex): readonly (NameMatch[] | undefined)[] {
  const memo = ctx.memo.get('names') as { index: GazetteerIndex; table: (NameMatch[] | undefined)[] } | undefined;
  if (memo && memo.index === index) return memo.table;
  const table: (NameMatch[] | undefined)[] = new Array(ctx.toks.count);
  const { toks } = ctx;
  for (let i = 0; i < toks.count; i++) {
    const found = toks.kind[i] === Kind.Number ? NONE : findNames(ctx, index, i, 'trie');
    if (found !== NONE) table[i] = found;
  }
  ctx.memo.set('names', { index, table });
  return table;
}

// `,key` and `#key` per folded syllable, made once (looked up by the interned key, no string built).
const COMMA = new Map<string, string>();
const HASH = new Map<string, string>();
function markedKey(marks: Map<string, string>, mark: string, key: string): string {
  let m = marks.get(key);
  if (m === undefined) {
    m = mark + key;
    if (marks.size < 1 << 16) marks.set(key, m);
  }
  return m;
}

function nextKey(toks: Tokens, i: number): string {
  const g = toks.gap[i];
  const key = toks.key[i]!;
  return g === Gap.Space || g === Gap.Dash || g === Gap.Period || g === Gap.Glued ? key : g === Gap.Comma ? markedKey(COMMA, ',', key) : markedKey(HASH, '#', key);
}

function findNames(ctx: TagContext, index: GazetteerIndex, i: number, trie: 'trie' | 'ministries'): NameMatch[] {
  const { toks } = ctx;
  let out: NameMatch[] | undefined;
  for (let l = index.layers.length - 1; l >= 0; l--) {
    const layer = index.layers[l]!;
    let t: SyllableTrie<AliasHit>;
    let firsts: HashSet;
    if (trie === 'ministries') {
      t = layer.ministries;
      firsts = layer.firsts.ministries;
    } else if (toks.cap[i] === Case.Lower) {
      t = layer.lowerTrie;
      firsts = layer.firsts.lowerTrie;
    } else {
      t = layer.trie;
      firsts = layer.firsts.trie;
    }
    if (!firsts.mayHave(toks.hash[i]!)) continue;
    let node = t.root.next?.get(toks.key[i]!);
    for (let k = 1; node; k++) {
      if (node.values) {
        let ok: AliasHit[] | undefined;
        for (const h of node.values) if (casesAgree(ctx, i, h)) (ok ??= []).push(h);
        if (ok) (out ??= []).push({ length: k, hits: ok });
      }
      if (!node.next || i + k >= toks.count || toks.gap[i + k] === Gap.Hard) break;
      node = node.next.get(nextKey(toks, i + k));
    }
  }
  if (!out) return NONE;
  // Found shortest first within a layer: one layer only needs reversing.
  return index.layers.length === 1 ? out.reverse() : out.sort((a, b) => b.length - a.length);
}
