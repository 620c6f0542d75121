import { SearchIndex } from '../../core/search/search-index.ts';
import type { BantinDb } from '../db/bantin-db.ts';
import { loadSearchChunks } from '../db/search-chunks-repository.ts';
import { saveSearchSnapshot } from '../db/search-snapshot-repository.ts';
import { probeSearchSource, readSearchDocs } from '../db/search-source.ts';
import { storageErrorCode } from '../db/storage-errors.ts';
import { planCatchUp } from './plan-catch-up.ts';
import { readSnapshot, STATE_ROW_ID, writeSnapshot } from './search-snapshot.ts';
import type { SearchService, SearchServiceOptions, SearchStatus } from './search-service-types.ts';
import { yieldToEventLoop } from './yield-to-event-loop.ts';

export type { SearchQueryOptions, SearchResult, SearchService, SearchServiceOptions, SearchState, SearchStatus } from './search-service-types.ts';

// The library's full-text search. The index lives in memory where the
// library runs (its worker, or the page), never in the service worker,
// which the browser stops at will. Opening loads the persisted snapshot and
// catches up with the library: clips added, finished or deleted since the
// snapshot (see db/search-source.ts for why ids and the unfinished clips'
// versions say it all). New text is indexed in slices of a few milliseconds
// with a yield between them, so queries are answered during a long build,
// from what is indexed so far. Changes are persisted after a quiet moment,
// and every few thousand clips during a first build, so a closed tab loses
// little work.

export function createSearchService(db: BantinDb, options: SearchServiceOptions = {}): SearchService {
  const sliceMs = options.sliceMs ?? 12;
  const readBatch = options.readBatch ?? 100;
  const chunkBytes = options.chunkBytes ?? 4 << 20;
  const persistDelayMs = options.persistDelayMs ?? 2000;
  const checkpointEvery = options.checkpointEvery ?? 5000;
  const smallChangeDelayMs = options.smallChangeDelayMs ?? 30_000;
  const now = options.now ?? (() => performance.now());
  const pause = options.yieldToEventLoop ?? yieldToEventLoop;

  let index = new SearchIndex();
  let versions = new Map<string, string>();
  /** Generation of the stored snapshot this index derives from. */
  let basedOn: string | null = null;
  /** Changes since the last save. */
  let unsaved = 0;
  let status: SearchStatus = { state: 'idle', indexed: 0, remaining: 0 };
  const listeners = new Set<(s: SearchStatus) => void>();
  let opening: Promise<void> | undefined;
  let syncing: Promise<void> | undefined;
  let again = false;
  let saving: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const setStatus = (change: Partial<SearchStatus>) => {
    status = { ...status, ...change, indexed: index.size };
    for (const l of listeners) l(status);
  };

  async function load(): Promise<void> {
    setStatus({ state: 'loading' });
    try {
      const snapshot = readSnapshot(await loadSearchChunks(db));
      if (snapshot) {
        index = snapshot.index;
        versions = snapshot.versions;
        basedOn = snapshot.generation;
      }
    } catch {
      // Unreadable storage: the index is rebuilt from the clips, which are what matters.
    }
    await runSync();
  }

  async function indexBatch(ids: string[]): Promise<void> {
    const docs = await readSearchDocs(db, ids);
    for (let i = 0; i < docs.length && !closed; ) {
      const start = now();
      i = index.addMany(docs, { from: i, shouldYield: () => now() - start >= sliceMs });
      await pause();
    }
    const found = new Set(docs.map((d) => d.id));
    for (const d of docs) versions.set(d.id, d.version);
    // Deleted between the probe and the read: an earlier version must not linger.
    for (const id of ids) {
      if (found.has(id) || !versions.has(id)) continue;
      index.remove(id);
      versions.delete(id);
    }
    unsaved += ids.length;
  }

  async function catchUp(): Promise<void> {
    const plan = planCatchUp(versions, await probeSearchSource(db));
    for (const id of plan.remove) {
      index.remove(id);
      versions.delete(id);
    }
    unsaved += plan.remove.length;
    let sinceCheckpoint = 0;
    for (let b = 0; b < plan.add.length && !closed; b += readBatch) {
      setStatus({ state: 'indexing', remaining: plan.add.length - b });
      const batch = plan.add.slice(b, b + readBatch);
      await indexBatch(batch);
      sinceCheckpoint += batch.length;
      if (sinceCheckpoint >= checkpointEvery && b + readBatch < plan.add.length) {
        sinceCheckpoint = 0;
        await persist();
      }
    }
  }

  /** Catches up; before the snapshot is loaded, that is the opening itself (never a rebuild of an empty index). */
  function sync(): Promise<void> {
    if (!opening) return open();
    return opening.then(runSync);
  }

  function open(): Promise<void> {
    return (opening ??= load());
  }

  function runSync(): Promise<void> {
    if (syncing) {
      again = true;
      return syncing;
    }
    syncing = (async () => {
      try {
        do {
          again = false;
          await catchUp();
        } while (again && !closed);
        setStatus({ state: 'ready', remaining: 0 });
      } catch (error) {
        setStatus({ state: 'error', remaining: 0, error: storageErrorCode(error) });
      } finally {
        syncing = undefined;
      }
      if (unsaved > 0) schedulePersist();
    })();
    return syncing;
  }

  function schedulePersist(): void {
    clearTimeout(timer);
    if (closed) return;
    timer = setTimeout(() => void persist(), unsaved * 25 >= checkpointEvery ? persistDelayMs : Math.max(persistDelayMs, smallChangeDelayMs));
  }

  function persist(): Promise<void> {
    clearTimeout(timer);
    // One save at a time, each from the index as it is when its turn comes.
    saving = saving.then(async () => {
      if (unsaved === 0) return;
      const counted = unsaved;
      const { rows, generation } = writeSnapshot(index, versions, chunkBytes);
      try {
        await saveSearchSnapshot(db, { rows, stateId: STATE_ROW_ID, basedOn });
        basedOn = generation;
        unsaved -= counted;
        if (status.error) setStatus({ error: undefined });
      } catch (error) {
        // Nothing is lost: the index still answers, and the next opening catches up again.
        setStatus({ error: storageErrorCode(error) });
      }
    });
    return saving;
  }

  return {
    open,
    sync,
    search(query, { limit, allow } = {}) {
      const allowed = allow === undefined || allow instanceof Set ? (allow as ReadonlySet<string> | undefined) : new Set(allow as readonly string[]);
      const hits = index.search(query, { limit: limit ?? Math.max(1, index.size), allow: allowed });
      return { ids: hits.map((h) => h.id), complete: status.state === 'ready' };
    },
    persist,
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      clearTimeout(timer);
      listeners.clear();
    },
  };
}
