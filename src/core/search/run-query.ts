import type { DocTable } from './doc-table.ts';
import type { QueryTerm } from './parse-query.ts';
import type { DecodedPostings, PostingStore } from './posting-store.ts';
import type { TermDictionary } from './term-dictionary.ts';
import { TopHits } from './top-hits.ts';

export interface SearchOptions {
  /** Most hits returned (default 20). */
  limit?: number;
  /** Keeps only ids it accepts; only called for documents that could enter the top `limit`. */
  filter?: (id: string) => boolean;
  /** Keeps only these ids (e.g. the clips of a facet). */
  allow?: ReadonlySet<string>;
}

export interface SearchHit {
  id: string;
  /**
   * BM25F over title, lead and text, plus, for every query term typed with
   * diacritics that the document has in exactly that form, an amount larger
   * than any BM25 total of this query: exact-diacritic matches rank first.
   * Comparable within one query only.
   */
  score: number;
}

// Classic BM25 constants; the fields enter as one weighted term frequency (BM25F).
const K1 = 1.2;
const B = 0.75;
/** Terms the last word only begins count less than the word itself: the user may have stopped typing. */
const PREFIX_WEIGHT = 0.6;
/**
 * A one-letter prefix covers hundreds of terms, dozens of them in most clips.
 * As-you-type needs the most frequent; rarer ones count once the prefix is
 * longer. Bounding the postings read keeps such queries near the cost of a
 * few common words (at 50k clips, "h" took 40 ms with 64 expansions).
 */
export const MAX_PREFIX_TERMS = 64;
const MAX_PREFIX_POSTINGS_PER_DOC = 4;

interface Expansion {
  term: number;
  weight: number;
  exactMask: number;
}

/** Per-document accumulators, kept between queries and cleared through the touched list. */
export class QueryScratch {
  score = new Float64Array(0);
  best = new Float64Array(0);
  count = new Uint8Array(0);
  exact = new Uint8Array(0);
  exactSeen = new Uint8Array(0);
  touched = new Int32Array(0);
  postings: DecodedPostings = { docs: new Int32Array(64), tfs: new Uint32Array(64), masks: new Uint32Array(64) };

  ensure(n: number): void {
    if (this.score.length >= n) return;
    const size = Math.max(n, this.score.length * 2, 1024);
    this.score = new Float64Array(size);
    this.best = new Float64Array(size);
    this.count = new Uint8Array(size);
    this.exact = new Uint8Array(size);
    this.exactSeen = new Uint8Array(size);
    this.touched = new Int32Array(size);
  }
}

export interface QueryContext {
  dict: TermDictionary;
  postings: PostingStore;
  docs: DocTable;
  scratch: QueryScratch;
}

function expand(ctx: QueryContext, q: QueryTerm): Expansion[] {
  const { dict, postings } = ctx;
  let ids: number[];
  if (q.prefix) {
    const self = dict.id(q.folded);
    ids = dict.withPrefix(q.folded).filter((t) => postings.df[t]! > 0);
    // The word itself, then the most frequent words it begins, within both budgets.
    ids.sort((a, b) => (a === self ? -1 : b === self ? 1 : postings.df[b]! - postings.df[a]!));
    const budget = MAX_PREFIX_POSTINGS_PER_DOC * ctx.docs.size;
    let kept = 0;
    for (let sum = 0; kept < ids.length && kept < MAX_PREFIX_TERMS; kept++) {
      sum += postings.df[ids[kept]!]!;
      if (sum > budget && kept > 0) break;
    }
    ids.length = kept;
  } else {
    const t = dict.id(q.folded);
    ids = t !== undefined && postings.df[t]! > 0 ? [t] : [];
  }
  return ids.map((term) => ({
    term,
    weight: dict.terms[term] === q.folded ? 1 : PREFIX_WEIGHT,
    exactMask: q.marked ? dict.exactMask(term, q.exact, q.prefix) : 0,
  }));
}

/** AND of all terms, ranked; see SearchHit.score. */
export function runQuery(ctx: QueryContext, terms: readonly QueryTerm[], options: SearchOptions = {}): SearchHit[] {
  const { docs, postings, scratch } = ctx;
  const limit = Math.max(0, Math.floor(options.limit ?? 20)) || 0; // NaN: nothing asked, nothing returned
  const live = docs.size;
  if (terms.length === 0 || limit === 0 || live === 0) return [];
  const groups = terms.map((q) => expand(ctx, q));
  if (groups.some((g) => g.length === 0)) return [];
  // Rarest word first: it bounds the candidates every later word is checked against.
  const dfOf = (g: Expansion[]) => g.reduce((sum, e) => sum + postings.df[e.term]!, 0);
  groups.sort((a, b) => dfOf(a) - dfOf(b));
  const idf = (t: number) => {
    const df = Math.min(postings.df[t]!, live);
    return Math.log(1 + (live - df + 0.5) / (df + 0.5));
  };
  let bound = 0;
  for (const g of groups) {
    for (const e of g) e.weight *= idf(e.term) * (K1 + 1);
    bound += Math.max(...g.map((e) => e.weight));
  }
  scratch.ensure(docs.count);
  const touchedN = accumulate(ctx, groups, docs.totalLength / live || 1);
  try {
    return collect(ctx, groups.length, touchedN, bound, limit, options);
  } finally {
    // Also when a caller's filter throws: the next query needs clean accumulators.
    const { score, best, count, exact, exactSeen, touched } = scratch;
    for (let i = 0; i < touchedN; i++) {
      const d = touched[i]!;
      score[d] = 0;
      best[d] = 0;
      count[d] = 0;
      exact[d] = 0;
      exactSeen[d] = 0;
    }
  }
}

/** BM25F of every document that has all groups so far; returns how many documents the first group touched. */
function accumulate(ctx: QueryContext, groups: Expansion[][], avgLength: number): number {
  const { postings, scratch } = ctx;
  const { score, best, count, exact, exactSeen, touched } = scratch;
  const lengths = ctx.docs.lengths;
  let touchedN = 0;
  for (let qi = 0; qi < groups.length; qi++) {
    for (const e of groups[qi]!) {
      const n = postings.decode(e.term, scratch.postings);
      const { docs: pd, tfs, masks } = scratch.postings;
      const w = e.weight;
      const exactMask = e.exactMask;
      for (let k = 0; k < n; k++) {
        const d = pd[k]!;
        const c = count[d]!;
        if (c < qi) continue; // missed an earlier word
        const tf = tfs[k]!;
        const s = (w * tf) / (tf + K1 * (1 - B + (B * lengths[d]!) / avgLength));
        if (c === qi) {
          if (qi === 0) touched[touchedN++] = d;
          count[d] = qi + 1;
          score[d]! += s;
          best[d] = s;
        } else if (s > best[d]!) {
          // Another expansion of the same word: the best one counts, not their sum.
          score[d]! += s - best[d]!;
          best[d] = s;
        }
        if (masks[k]! & exactMask && exactSeen[d] !== qi + 1) {
          exactSeen[d] = qi + 1;
          exact[d]!++;
        }
      }
    }
  }
  return touchedN;
}

/** The best `limit` documents that matched every group and pass the options. */
function collect(ctx: QueryContext, groupCount: number, touchedN: number, bound: number, limit: number, options: SearchOptions): SearchHit[] {
  const { score, count, exact, touched } = ctx.scratch;
  const top = new TopHits(Math.min(limit, touchedN));
  const { filter, allow } = options;
  const ids = ctx.docs.ids;
  for (let i = 0; i < touchedN; i++) {
    const d = touched[i]!;
    if (count[d] !== groupCount) continue;
    const total = score[d]! + exact[d]! * bound;
    if (total < top.floor || !top.admits(total, d)) continue;
    const id = ids[d];
    if (id != null && (!allow || allow.has(id)) && (!filter || filter(id))) top.push(total, d);
  }
  return top.result().map(({ doc, score: s }) => ({ id: ids[doc]!, score: s }));
}
