import { DocTable } from './doc-table.ts';
import { PostingStore } from './posting-store.ts';
import { TermDictionary } from './term-dictionary.ts';

// The persisted form: a handful of records IndexedDB stores as they are
// (strings and typed arrays clone without conversion), none larger than a few
// MB, so a write never has to hold the whole index twice as one blob. Terms
// are written in sorted order, which makes them ready for prefix search and
// drops terms whose documents were all removed.

/** One IndexedDB record. Each typed array owns its buffer (a view would clone the whole buffer). */
export interface SearchIndexChunk {
  key: string;
  data: string | Uint8Array | Uint32Array;
}

export interface SearchIndexParts {
  dict: TermDictionary;
  postings: PostingStore;
  docs: DocTable;
}

const FORMAT = 'bantin-search-1';
export const DEFAULT_CHUNK_BYTES = 8 << 20;

interface Meta {
  format: string;
  terms: number;
  postingBytes: number;
  postingChunks: number;
}

export function toChunks({ dict, postings, docs }: SearchIndexParts, maxChunkBytes = DEFAULT_CHUNK_BYTES): SearchIndexChunk[] {
  const order: number[] = [];
  for (let t = 0; t < dict.size; t++) if (postings.df[t]! > 0) order.push(t);
  order.sort((a, b) => (dict.terms[a]! < dict.terms[b]! ? -1 : 1));
  const stats = new Uint32Array(order.length * 3);
  const lists = order.map((t) => postings.blocks(t));
  let total = 0;
  order.forEach((t, i) => {
    const len = lists[i]!.reduce((n, b) => n + b.length, 0);
    stats[i * 3] = len;
    stats[i * 3 + 1] = postings.df[t]!;
    stats[i * 3 + 2] = postings.last[t]! + 1;
    total += len;
  });
  // Copy the lists back to back into chunks of at most maxChunkBytes; a list may straddle two.
  const parts: Uint8Array[] = [];
  let chunk = new Uint8Array(0);
  let fill = 0;
  let left = total;
  for (const blocks of lists) {
    for (const block of blocks) {
      for (let from = 0; from < block.length; ) {
        if (fill === chunk.length) {
          chunk = new Uint8Array(Math.min(maxChunkBytes, left));
          parts.push(chunk);
          fill = 0;
        }
        const n = Math.min(block.length - from, chunk.length - fill);
        chunk.set(block.subarray(from, from + n), fill);
        fill += n;
        from += n;
        left -= n;
      }
    }
  }
  const meta: Meta = { format: FORMAT, terms: order.length, postingBytes: total, postingChunks: parts.length };
  return [
    { key: 'meta', data: JSON.stringify(meta) },
    { key: 'docs', data: JSON.stringify(docs.ids) },
    { key: 'doc-lengths', data: docs.lengths.slice(0, docs.count) },
    { key: 'terms', data: dict.serialize(order) },
    { key: 'term-stats', data: stats },
    ...parts.map((data, i) => ({ key: `postings-${i}`, data })),
  ];
}

/** Throws Error('search-index-unreadable') on anything but a complete, current-format set. */
export function fromChunks(chunks: readonly SearchIndexChunk[]): SearchIndexParts {
  const byKey = new Map(chunks.map((c) => [c.key, c.data]));
  const fail = (): never => {
    throw new Error('search-index-unreadable');
  };
  const text = (key: string): string => {
    const v = byKey.get(key);
    return typeof v === 'string' ? v : fail();
  };
  const u32 = (key: string): Uint32Array => {
    const v = byKey.get(key);
    return v instanceof Uint32Array ? v : fail();
  };
  let meta: Meta;
  let ids: unknown;
  try {
    meta = JSON.parse(text('meta')) as Meta;
    ids = JSON.parse(text('docs'));
  } catch {
    return fail();
  }
  if (meta.format !== FORMAT || !Array.isArray(ids)) return fail();
  if (!ids.every((id) => id === null || typeof id === 'string')) return fail();
  const docs = DocTable.restore(ids as (string | null)[], u32('doc-lengths'));
  const dict = TermDictionary.deserialize(text('terms'));
  const stats = u32('term-stats');
  if (dict.size !== meta.terms || stats.length !== meta.terms * 3) return fail();

  const parts: Uint8Array[] = [];
  let bytes = 0;
  for (let i = 0; i < meta.postingChunks; i++) {
    const part = byKey.get(`postings-${i}`);
    if (!(part instanceof Uint8Array)) return fail();
    parts.push(part);
    bytes += part.length;
  }
  let total = 0;
  for (let t = 0; t < dict.size; t++) total += stats[t * 3]!;
  if (bytes !== meta.postingBytes || total !== bytes) return fail();

  const postings = new PostingStore();
  postings.ensureTerms(dict.size);
  postings.reserve(total + (total >>> 3), dict.size);
  let part = 0;
  let partPos = 0;
  for (let t = 0; t < dict.size; t++) {
    const len = stats[t * 3]!;
    const df = stats[t * 3 + 1]!;
    const last = stats[t * 3 + 2]! - 1;
    if (last >= docs.count || (len > 0) !== (df > 0)) return fail();
    if (len === 0) continue;
    // Each list gets one block with room to grow: the first clip added after
    // a cold load then writes in place instead of chaining tiny blocks.
    let at = postings.load(t, len, df, last);
    const arena = postings.arena;
    for (let left = len; left > 0; ) {
      const from = parts[part]!;
      const n = Math.min(left, from.length - partPos);
      // Most lists are a few bytes: a loop beats creating a view for each.
      if (n < 64) for (let k = 0; k < n; k++) arena[at + k] = from[partPos + k]!;
      else arena.set(from.subarray(partPos, partPos + n), at);
      at += n;
      left -= n;
      partPos += n;
      if (partPos === from.length) {
        part++;
        partPos = 0;
      }
    }
  }
  return { dict, postings, docs };
}
