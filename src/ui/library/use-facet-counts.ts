import { useEffect, useState } from 'preact/hooks';
import { facetCounts, type FacetCounts } from '../../platform/db/clips-repository.ts';
import { useLibraryServices } from './library-services.ts';
import { toClipFilter, type LibraryView } from './library-view.ts';

/**
 * Facet counts within the current results (the facets and, while searching,
 * the clips the words found). The previous counts stay on screen while new
 * ones are counted.
 */
export function useFacetCounts(view: LibraryView, resultIds: readonly string[] | null, version: number): { counts: FacetCounts | null; loading: boolean } {
  const { db } = useLibraryServices();
  const [state, setState] = useState<{ counts: FacetCounts | null; loading: boolean }>({ counts: null, loading: true });
  const q = view.q.trim();
  const filterKey = JSON.stringify(toClipFilter(view));
  // While searching, the counts follow the hits, whose list changes identity on every answer.
  const hits = q ? resultIds : null;
  // Counting a large library is many index look-ups: they queue behind the list's first rows, not before.
  const listed = resultIds !== null;

  useEffect(() => {
    if (!listed || (q && !hits)) return;
    let alive = true;
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      const filter = { ...toClipFilter(view), ...(hits ? { ids: hits } : {}) };
      facetCounts(db, filter)
        .then((counts) => alive && setState({ counts, loading: false }))
        .catch(() => alive && setState((s) => ({ ...s, loading: false })));
    }, 120);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [db, filterKey, hits, version, listed]);

  return state;
}
