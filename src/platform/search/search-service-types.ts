// The library's search service as its users see it (the page, its worker).

export interface SearchServiceOptions {
  /** Indexing time between two yields (ms). */
  sliceMs?: number;
  /** Clips read from storage at once. */
  readBatch?: number;
  /** Largest persisted postings chunk (bytes). */
  chunkBytes?: number;
  /** Quiet time before changes are persisted (ms). */
  persistDelayMs?: number;
  /**
   * Quiet time before a few changes (fewer than `checkpointEvery / 25`) are
   * persisted: every save rewrites most chunks, and a snapshot a few clips
   * behind costs the next opening only those clips.
   */
  smallChangeDelayMs?: number;
  /** During a long catch-up, persist after this many clips. */
  checkpointEvery?: number;
  now?: () => number;
  yieldToEventLoop?: () => Promise<void>;
}

export type SearchState = 'idle' | 'loading' | 'indexing' | 'ready' | 'error';

export interface SearchStatus {
  state: SearchState;
  /** Clips in the index. */
  indexed: number;
  /** Clips of the current catch-up still to index. */
  remaining: number;
  /** Why the index could not be read or saved ('storage-full' when the disk is full); search still works in memory. */
  error?: 'storage-full' | 'unknown';
}

export interface SearchQueryOptions {
  limit?: number;
  /** Only these clips (the current facet filter). */
  allow?: ReadonlySet<string> | readonly string[];
}

export interface SearchResult {
  /** Matching clip ids, best first. */
  ids: string[];
  /** False while clips are still being indexed: more may match once done. */
  complete: boolean;
}

export interface SearchService {
  /** Loads the snapshot and catches up; the same promise on every call. */
  open(): Promise<void>;
  /** Catches up with the library; calls during a catch-up make it run once more. */
  sync(): Promise<void>;
  search(query: string, options?: SearchQueryOptions): SearchResult;
  /** Saves pending changes now. */
  persist(): Promise<void>;
  status(): SearchStatus;
  subscribe(listener: (status: SearchStatus) => void): () => void;
  close(): void;
}
