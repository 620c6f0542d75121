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
const capacityFor = (len: number) => len + (len >>> 3) + 4;
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
  let total = 0;
  order.forEach((t, i) => {
    stats[i * 3] = postings.len[t]!;
    stats[i * 3 + 1] = postings.df[t]!;
    stats[i * 3 + 2] = postings.last[t]! + 1;
    total += postings.len[t]!;
  });
  // Copy the lists back to back into chunks of at most maxChunkBytes, a list may straddle two.
  const parts: Uint8Array[] = [];
  let chunk = new Uint8Array(0);
  let fill = 0;
  let left = total;
  for (const t of order) {
    let from = postings.off[t]!;
    let len = postings.len[t]!;
    while (len > 0) {
      if (fill === chunk.length) {
        chunk = new Uint8Array(Math.min(maxChunkBytes, left));
        parts.push(chunk);
        fill = 0;
      }
      const n = Math.min(len, chunk.length - fill);
      chunk.set(postings.arena.subarray(from, from + n), fill);
      fill += n;
      from += n;
      len -= n;
      left -= n;
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
  let room = 0;
  for (let t = 0; t < dict.size; t++) {
    total += stats[t * 3]!;
    room += capacityFor(stats[t * 3]!);
  }
  if (bytes !== meta.postingBytes || total !== bytes) return fail();

  // Each list gets a little room to grow, or the first clip added after a
  // cold load would move every list it touches (whole MBs for common words).
  const postings = new PostingStore();
  postings.ensureTerms(dict.size);
  postings.arena = new Uint8Array(room + (1 << 16));
  let part = 0;
  let partPos = 0;
  let top = 0;
  for (let t = 0; t < dict.size; t++) {
    const len = stats[t * 3]!;
    postings.off[t] = top;
    postings.cap[t] = capacityFor(len);
    postings.len[t] = len;
    postings.df[t] = stats[t * 3 + 1]!;
    postings.last[t] = stats[t * 3 + 2]! - 1;
    if (postings.last[t]! >= docs.count || (len > 0 && postings.df[t] === 0)) return fail();
    for (let left = len, at = top; left > 0; ) {
      const from = parts[part]!;
      const n = Math.min(left, from.length - partPos);
      postings.arena.set(from.subarray(partPos, partPos + n), at);
      at += n;
      left -= n;
      partPos += n;
      if (partPos === from.length) {
        part++;
        partPos = 0;
      }
    }
    top += postings.cap[t]!;
  }
  postings.top = top;
  return { dict, postings, docs };
}
