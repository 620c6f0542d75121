// Runs inside Chromium for bench-search-chromium.ts (served transpiled): builds
// the index from the served archive in slices, stores the chunks in
// IndexedDB, and in a fresh browser restores them as the extension would.
import MiniSearch from 'minisearch';
import { SearchIndex } from '../../src/core/search/search-index.ts';
import type { SearchDoc, SearchIndexChunk } from '../../src/core/search/search-index.ts';
import { foldText } from '../../src/core/text/fold.ts';
import { BENCH_QUERIES } from './bench-queries.ts';

const ROUNDS = 20;
const now = () => performance.now();
const gc = () => (globalThis as { gc?: () => void }).gc?.();
type MemoryApi = { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }>; memory?: { usedJSHeapSize: number } };
/** All memory of the page (heap and array buffers) where the page is cross-origin isolated, else the JS heap. */
async function heap(): Promise<number> {
  gc();
  const p = performance as unknown as MemoryApi;
  if (globalThis.crossOriginIsolated && p.measureUserAgentSpecificMemory) return (await p.measureUserAgentSpecificMemory()).bytes;
  return p.memory?.usedJSHeapSize ?? NaN;
}
const quantile = (xs: number[], q: number) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;

function latencies(search: (q: string) => unknown, budgetMs = 60_000) {
  const xs: number[] = [];
  const start = now();
  for (let r = 0; r < ROUNDS && (r < 3 || now() - start < budgetMs); r++) {
    for (const q of BENCH_QUERIES) {
      const t = now();
      search(q);
      xs.push(now() - t);
    }
  }
  return { p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: Math.max(...xs), samples: xs };
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}
async function openDb(): Promise<IDBDatabase> {
  const open = indexedDB.open('bench-search', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('chunks', { keyPath: 'key' });
  return request(open);
}

async function docs(n: number): Promise<SearchDoc[]> {
  const all = (await (await fetch('/docs.json')).json()) as SearchDoc[];
  return n < all.length ? all.slice(0, n) : all;
}

/** Builds in slices of ~12 ms (yielding between them), stores the chunks, times queries. */
export async function buildOurs(n: number) {
  // Baseline before the clips arrive, measured again once they are dropped: the delta is the index.
  const before = await heap();
  let all: SearchDoc[] | null = await docs(n);
  const index = new SearchIndex();
  let worstSlice = 0;
  const t0 = now();
  for (let i = 0; i < all.length; await new Promise((r) => setTimeout(r, 0))) {
    const t = now();
    // A frame's worth of work, then the page gets the thread back.
    i = index.addMany(all, { from: i, shouldYield: () => now() - t > 12 });
    worstSlice = Math.max(worstSlice, now() - t);
  }
  const buildMs = now() - t0;
  all = null;
  const heapMB = ((await heap()) - before) / 2 ** 20;
  // Outside cross-origin isolation the heap figure leaves out array buffers, where the postings are.
  const indexMB = heapMB + (globalThis.crossOriginIsolated ? 0 : index.byteLength / 2 ** 20);
  const q = latencies((query) => index.search(query));
  const t1 = now();
  const chunks = index.serialize();
  const serializeMs = now() - t1;
  const db = await openDb();
  const t2 = now();
  const tx = db.transaction('chunks', 'readwrite');
  tx.objectStore('chunks').clear();
  for (const c of chunks) tx.objectStore('chunks').put(c);
  await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = reject)));
  const storeMs = now() - t2;
  db.close();
  const bytes = chunks.reduce((s, c) => s + (typeof c.data === 'string' ? c.data.length * 2 : c.data.byteLength), 0);
  return { buildMs, worstSlice, heapMB, indexMB, typedMB: index.byteLength / 2 ** 20, serializeMs, storeMs, storedMB: bytes / 2 ** 20, records: chunks.length, ...q };
}

/** In a fresh browser: read the chunks from IndexedDB, restore, answer queries. */
export async function coldLoad() {
  const t0 = now();
  const db = await openDb();
  const chunks = (await request(db.transaction('chunks').objectStore('chunks').getAll())) as SearchIndexChunk[];
  const readMs = now() - t0;
  const t1 = now();
  const index = SearchIndex.deserialize(chunks);
  const restoreMs = now() - t1;
  const t2 = now();
  index.search('hai quan');
  const firstQueryMs = now() - t2;
  db.close();
  return { size: index.size, readMs, restoreMs, firstQueryMs, ...latencies((query) => index.search(query)) };
}

/** MiniSearch over the same docs and folding; its queries get `budgetMs` (at least 3 rounds). */
export async function buildMini(n: number, budgetMs = 30_000) {
  const before = await heap();
  let all: SearchDoc[] | null = await docs(n);
  const ms = new MiniSearch<SearchDoc>({
    fields: ['title', 'lead', 'text'],
    processTerm: (t) => foldText(t),
    searchOptions: { boost: { title: 4, lead: 2 }, combineWith: 'AND', prefix: (_t, i, terms) => i === terms.length - 1 },
  });
  const t0 = now();
  ms.addAll(all);
  const buildMs = now() - t0;
  all = null;
  const heapMB = ((await heap()) - before) / 2 ** 20;
  return { buildMs, heapMB, ...latencies((query) => ms.search(query).slice(0, 20), budgetMs) };
}
