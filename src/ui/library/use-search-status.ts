import { useEffect, useState } from 'preact/hooks';
import type { SearchStatus } from '../../platform/search/search-service.ts';
import { useLibraryServices } from './library-services.ts';

/** The search index's progress (loading, indexing n clips, ready, or a storage error). */
export function useSearchStatus(): SearchStatus {
  const { search } = useLibraryServices();
  const [status, setStatus] = useState(() => search.status());
  useEffect(() => {
    setStatus(search.status());
    return search.subscribe(setStatus);
  }, [search]);
  return status;
}
