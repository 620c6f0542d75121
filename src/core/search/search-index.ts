import { DocTable } from './doc-table.ts';
import { parseQuery } from './parse-query.ts';
import { PostingStore } from './posting-store.ts';
import { QueryScratch, runQuery } from './run-query.ts';
import type { SearchHit, SearchOptions } from './run-query.ts';
import { fromChunks, toChunks } from './search-index-chunks.ts';
import type { SearchIndexChunk, SearchIndexParts } from './search-index-chunks.ts';
import { TermDictionary } from './term-dictionary.ts';
import { tokenize } from './tokenize.ts';

export type { SearchHit, SearchOptions } from './run-query.ts';
export type { SearchIndexChunk } from './search-index-chunks.ts';

export interface SearchDoc {
  id: string;
  title: string;
  lead: string;
  text: string;
}

export interface AddManyOptions {
  /** Index of the first document to add (default 0). */
  from?: number;
  /** Most documents to add in this call (default: all from `from`). */
  count?: number;
  /** Asked after each document; returning true ends the slice early (e.g. a time budget). */
  shouldYield?: () => boolean;
}

// BM25F weights: a word in the headline says more about the clip than the
// same word in the sapo, and that more than one in the body.
const TITLE_WEIGHT = 4;
const LEAD_WEIGHT = 2;
const TEXT_WEIGHT = 1;

/**
 * In-memory full-text index of clips over folded text (diacritics ignored,
 * exact diacritics ranked first), persisted as a few chunks.
 */
export class SearchIndex {
  private readonly dict: TermDictionary;
  private postings: PostingStore;
  private readonly docs: DocTable;
  private readonly scratch = new QueryScratch();
  private searching = false;
  // Per-document term accumulators indexed by term id, reset after each document.
  private tf = new Uint32Array(1024);
  private mask = new Uint32Array(1024);
  private seen: number[] = [];

  constructor(parts?: SearchIndexParts) {
    this.dict = parts?.dict ?? new TermDictionary();
    this.postings = parts?.postings ?? new PostingStore();
    this.docs = parts?.docs ?? new DocTable();
  }

  /** Live documents. */
  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.internal(id) !== undefined;
  }

  /** Adds a document, replacing any earlier one with the same id. */
  add(doc: SearchDoc): void {
    this.remove(doc.id);
    const d = this.docs.add(doc.id);
    const length =
      this.collect(doc.title, TITLE_WEIGHT) + this.collect(doc.lead, LEAD_WEIGHT) + this.collect(doc.text, TEXT_WEIGHT);
    this.postings.ensureTerms(this.dict.size);
    for (const t of this.seen) {
      this.postings.append(t, d, this.tf[t]!, this.mask[t]!);
      this.tf[t] = 0;
      this.mask[t] = 0;
    }
    this.seen.length = 0;
    this.docs.setLength(d, length);
  }

  /**
   * Adds a slice of `docs` and returns the index to continue from (docs.length
   * when done), so a page can index thousands of clips between frames:
   * `for (let i = 0; i < docs.length; await idle()) i = index.addMany(docs, { from: i, count: 200 });`
   */
  addMany(docs: readonly SearchDoc[], options: AddManyOptions = {}): number {
    const from = Math.max(0, options.from ?? 0);
    const end = Math.min(docs.length, from + (options.count ?? docs.length));
    let i = from;
    while (i < end) {
      this.add(docs[i++]!);
      if (options.shouldYield?.()) break;
    }
    return i;
  }

  /** Removes a document; false when the id is not indexed. */
  remove(id: string): boolean {
    if (this.docs.remove(id) === undefined) return false;
    // Holes cost decoding time and bytes; renumber once they outnumber live documents.
    if (this.docs.removed > Math.max(1000, this.docs.size)) this.compact();
    return true;
  }

  /** Drops removed documents from the posting lists and renumbers the rest. */
  compact(): void {
    if (this.docs.removed === 0) return;
    const remap = this.docs.compact();
    // Into a fresh store: the old one's blocks would all be half-empty holes.
    const next = new PostingStore();
    next.ensureTerms(this.dict.size);
    const out = this.scratch.postings;
    for (let t = 0; t < this.dict.size; t++) {
      const n = this.postings.decode(t, out);
      for (let k = 0; k < n; k++) {
        const d = remap[out.docs[k]!]!;
        if (d >= 0) next.append(t, d, out.tfs[k]!, out.masks[k]!);
      }
    }
    this.postings = next;
  }

  /** All query terms must match (the last one as a prefix while typing); best first. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const { dict, postings, docs } = this;
    // A filter that searches this index again gets accumulators of its own.
    const scratch = this.searching ? new QueryScratch() : this.scratch;
    this.searching = true;
    try {
      return runQuery({ dict, postings, docs, scratch }, parseQuery(query), options);
    } finally {
      if (scratch === this.scratch) this.searching = false;
    }
  }

  /** A few records of at most `maxChunkBytes`; compacts first when a tenth are holes. */
  serialize(maxChunkBytes?: number): SearchIndexChunk[] {
    if (this.docs.removed * 10 > this.docs.count) this.compact();
    return toChunks({ dict: this.dict, postings: this.postings, docs: this.docs }, maxChunkBytes);
  }

  /** Restores `serialize` output; throws Error('search-index-unreadable') if incomplete or of another format. */
  static deserialize(chunks: readonly SearchIndexChunk[]): SearchIndex {
    return new SearchIndex(fromChunks(chunks));
  }

  /** Bytes of the typed arrays (postings, per-term and per-document tables); strings and maps not counted. */
  get byteLength(): number {
    return this.postings.byteLength + this.docs.lengths.byteLength;
  }

  /** Tokenizes one field into the per-document accumulators; returns its weighted length. */
  private collect(text: string, weight: number): number {
    let length = 0;
    tokenize(text, (token) => {
      const packed = this.dict.intern(token);
      const t = Math.floor(packed / 32);
      if (t >= this.tf.length) this.growAccumulators(t + 1);
      if (this.tf[t] === 0) this.seen.push(t);
      this.tf[t]! += weight;
      this.mask[t]! |= 1 << (packed % 32);
      length += weight;
    });
    return length;
  }

  private growAccumulators(n: number): void {
    const size = Math.max(n, this.tf.length * 2);
    const tf = new Uint32Array(size);
    tf.set(this.tf);
    const mask = new Uint32Array(size);
    mask.set(this.mask);
    this.tf = tf;
    this.mask = mask;
  }
}
