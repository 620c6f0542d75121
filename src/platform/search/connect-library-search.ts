/// <reference types="vite/client" />
import type { BantinDb } from '../db/bantin-db.ts';
import { watchClipChanges } from '../db/watch-clip-changes.ts';
import { inPageSearch, remoteSearch, type LibrarySearch } from './library-search.ts';
import { createSearchService, type SearchStatus } from './search-service.ts';
import SearchWorker from './search-worker.ts?worker';

function searchInPage(db: BantinDb): LibrarySearch {
  const service = createSearchService(db);
  return inPageSearch(service, watchClipChanges(db, () => void service.sync()));
}

/**
 * The library's search: in a worker, falling back to the page when no
 * worker can run (it failed to start or crashed); the page keeps one
 * object either way.
 */
export function connectLibrarySearch(db: BantinDb): LibrarySearch {
  let worker: Worker;
  try {
    worker = new SearchWorker();
  } catch {
    return searchInPage(db);
  }
  let current = remoteSearch(worker, () => worker.terminate());
  const listeners = new Set<(s: SearchStatus) => void>();
  const relay = (s: SearchStatus) => listeners.forEach((l) => l(s));
  let unsubscribe = current.subscribe(relay);
  worker.addEventListener(
    'error',
    (event) => {
      event.preventDefault();
      unsubscribe();
      current.close();
      current = searchInPage(db);
      unsubscribe = current.subscribe(relay);
      relay(current.status());
    },
    { once: true },
  );
  return {
    search: (query, options) => current.search(query, options),
    sync: () => current.sync(),
    status: () => current.status(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      current.close();
    },
  };
}
