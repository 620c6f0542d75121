import { useEffect, useState } from 'preact/hooks';
import { countClips, listClipIds } from '../../platform/db/clips-repository.ts';
import { isEmptyFilter } from '../../platform/db/clips/clip-filter.ts';
import type { SearchState } from '../../platform/search/search-service.ts';
import { useLibraryServices } from './library-services.ts';
import { effectiveSort, toClipFilter, type LibraryView } from './library-view.ts';

export interface LibraryResults {
  /** Matching clip ids in list order; null until the first answer. */
  ids: string[] | null;
  loading: boolean;
  error: unknown;
  /** The search index was still being built: more clips may match. */
  partial: boolean;
  /** No clip at all in the library (not just none matching). */
  libraryEmpty: boolean;
  /** Asks again (after an error). */
  retry: () => void;
}

/**
 * The clips of a view: the facets narrow through storage indexes (ids only),
 * the words through the search index, limited to those ids; ranked by
 * relevance, or in date order. Reruns when clips change and when the index
 * finishes a build (a partial answer then becomes complete).
 */
export function useLibraryResults(view: LibraryView, version: number, searchState: SearchState): LibraryResults {
  const { db, search } = useLibraryServices();
  const [attempt, setAttempt] = useState(0);
  const [results, setResults] = useState<Omit<LibraryResults, 'retry'>>({ ids: null, loading: true, error: null, partial: false, libraryEmpty: false });
  const q = view.q.trim();
  const filter = toClipFilter(view);
  const filterKey = JSON.stringify(filter);
  const sort = effectiveSort(view);

  // Words wait for the index to be loaded: an answer from an empty index would say "nothing matches".
  const indexNotLoaded = q !== '' && (searchState === 'idle' || searchState === 'loading');

  useEffect(() => {
    let alive = true;
    setResults((r) => ({ ...r, loading: true }));
    if (indexNotLoaded) return;
    (async () => {
      const order = sort === 'published' ? 'published' : 'clipped';
      const unfiltered = isEmptyFilter(filter);
      const base = await listClipIds(db, { filter, order });
      const total = unfiltered ? base.length : await countClips(db);
      let ids = base;
      let partial = false;
      if (q) {
        const found = await search.search(q, unfiltered ? {} : { allow: base });
        partial = !found.complete;
        if (sort === 'relevance') ids = found.ids;
        else {
          const hit = new Set(found.ids);
          ids = base.filter((id) => hit.has(id));
        }
      }
      if (alive) setResults({ ids, loading: false, error: null, partial, libraryEmpty: total === 0 });
    })().catch((error: unknown) => {
      if (alive) setResults((r) => ({ ...r, loading: false, error }));
    });
    return () => {
      alive = false;
    };
    // A search reruns when the index gets ready; a plain listing does not need to.
  }, [db, search, q, filterKey, sort, version, q ? searchState : '', attempt]);

  return { ...results, retry: () => setAttempt((n) => n + 1) };
}
