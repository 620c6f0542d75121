import type { SearchPort, SearchReply, SearchRequestBody } from './search-protocol.ts';
import type { SearchResult, SearchService, SearchStatus } from './search-service.ts';

// What the library page holds: the search service, in a worker (so loading
// and indexing 50,000 clips never blocks scrolling) or, where no worker can
// start, in the page itself. Both answer asynchronously.

export interface LibrarySearch {
  search(query: string, options?: { allow?: readonly string[]; limit?: number }): Promise<SearchResult>;
  /** Catches up with the library now (after the page changed clips). */
  sync(): Promise<void>;
  status(): SearchStatus;
  subscribe(listener: (status: SearchStatus) => void): () => void;
  close(): void;
}

/** A search service running in this page; `stopWatching` ends its change watch on close. */
export function inPageSearch(service: SearchService, stopWatching: () => void = () => {}): LibrarySearch {
  void service.open();
  return {
    search: async (query, options) => service.search(query, options),
    sync: () => service.sync(),
    status: () => service.status(),
    subscribe: (listener) => service.subscribe(listener),
    close() {
      stopWatching();
      void service.persist().finally(() => service.close());
    },
  };
}

/** The search service of a worker, reached over `port`; `close` ends the worker. */
export function remoteSearch(port: SearchPort, close: () => void = () => {}): LibrarySearch {
  let status: SearchStatus = { state: 'loading', indexed: 0, remaining: 0 };
  const listeners = new Set<(s: SearchStatus) => void>();
  type Reply = Extract<SearchReply, { kind: 'reply' }>;
  const waiting = new Map<number, (reply: Reply) => void>();
  let next = 1;
  const onMessage = (event: MessageEvent) => {
    const reply = event.data as SearchReply;
    if (reply.kind === 'status') {
      status = reply.status;
      for (const l of listeners) l(status);
    } else {
      waiting.get(reply.id)?.(reply);
      waiting.delete(reply.id);
    }
  };
  port.addEventListener('message', onMessage);
  const ask = (request: SearchRequestBody) =>
    new Promise<Reply>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      port.postMessage({ ...request, id });
    });
  return {
    async search(query, options = {}) {
      const reply = await ask({ kind: 'search', query, allow: options.allow, limit: options.limit });
      if (!reply.result) throw new Error('search-failed');
      return reply.result;
    },
    sync: async () => void (await ask({ kind: 'sync' })),
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      port.removeEventListener('message', onMessage);
      listeners.clear();
      // Whoever still waits gets an answer: a failed search, a finished sync.
      for (const [id, resolve] of waiting) resolve({ kind: 'reply', id, failed: true });
      waiting.clear();
      close();
    },
  };
}
