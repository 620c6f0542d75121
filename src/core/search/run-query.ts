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
/** A one-letter prefix covers hundreds of terms; the most frequent are what as-you-type needs. */
export const MAX_PREFIX_TERMS = 64;

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
    ids = dict.withPrefix(q.folded).filter((t) => postings.df[t]! > 0);
    if (ids.length > MAX_PREFIX_TERMS) {
      const self = dict.id(q.folded);
      ids.sort((a, b) => (a === self ? -1 : b === self ? 1 : postings.df[b]! - postings.df[a]!));
      ids.length = MAX_PREFIX_TERMS;
    }
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
  const limit = Math.max(0, Math.floor(options.limit ?? 20));
  const live = docs.size;
  if (terms.length === 0 || limit === 0 || live === 0) return [];
  const groups = terms.map((q) => expand(ctx, q));
  if (groups.some((g) => g.length === 0)) return [];
  const dfOf = (g: Expansion[]) => g.reduce((sum, e) => sum + postings.df[e.term]!, 0);
  groups.sort((a, b) => dfOf(a) - dfOf(b));

  const avgLength = docs.totalLength / live || 1;
  const idf = (t: number) => {
    const df = Math.min(postings.df[t]!, live);
    return Math.log(1 + (live - df + 0.5) / (df + 0.5));
  };
  let bound = 0;
  for (const g of groups) bound += Math.max(...g.map((e) => e.weight * idf(e.term))) * (K1 + 1);

  scratch.ensure(docs.count);
  const { score, best, count, exact, exactSeen, touched } = scratch;
  const lengths = docs.lengths;
  let touchedN = 0;
  for (let qi = 0; qi < groups.length; qi++) {
    for (const e of groups[qi]!) {
      const n = postings.decode(e.term, scratch.postings);
      const { docs: pd, tfs, masks } = scratch.postings;
      const w = e.weight * idf(e.term) * (K1 + 1);
      for (let k = 0; k < n; k++) {
        const d = pd[k]!;
        const c = count[d]!;
        if (c < qi) continue; // missed an earlier term
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
        if (masks[k]! & e.exactMask && exactSeen[d] !== qi + 1) {
          exactSeen[d] = qi + 1;
          exact[d]!++;
        }
      }
    }
  }

  const top = new TopHits(Math.min(limit, touchedN));
  const { filter, allow } = options;
  const ids = docs.ids;
  try {
    for (let i = 0; i < touchedN; i++) {
      const d = touched[i]!;
      if (count[d] !== groups.length) continue;
      const id = ids[d];
      const total = score[d]! + exact[d]! * bound;
      if (id != null && top.admits(total, d) && (!allow || allow.has(id)) && (!filter || filter(id))) top.push(total, d);
    }
  } finally {
    // Also when a caller's filter throws: the next query needs clean accumulators.
    for (let i = 0; i < touchedN; i++) {
      const d = touched[i]!;
      score[d] = 0;
      best[d] = 0;
      count[d] = 0;
      exact[d] = 0;
      exactSeen[d] = 0;
    }
  }
  return top.result().map(({ doc, score: s }) => ({ id: ids[doc]!, score: s }));
}
