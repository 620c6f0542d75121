import type { SearchResult, SearchStatus } from './search-service.ts';

// Messages between the library page and its search worker.

export type SearchRequestBody = { kind: 'search'; query: string; allow?: readonly string[]; limit?: number } | { kind: 'sync' };
export type SearchRequest = SearchRequestBody & { id: number };

export type SearchReply =
  | { kind: 'reply'; id: number; result?: SearchResult; failed?: boolean }
  | { kind: 'status'; status: SearchStatus };

/** Either end of a worker or a MessageChannel. */
export interface SearchPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
