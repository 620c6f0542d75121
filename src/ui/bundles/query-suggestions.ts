import { useEffect, useState } from 'preact/hooks';
import { facetCounts } from '../../platform/db/clips-repository.ts';
import { useBundlesDb } from './bundles-db.tsx';

export interface QuerySuggestions {
  unit: string[];
  campaign: string[];
  site: string[];
  tag: string[];
}

const EMPTY: QuerySuggestions = { unit: [], campaign: [], site: [], tag: [] };
const MAX = 200;

/** The library's units, campaigns, sites and tags, most frequent first, to suggest while typing a query. */
export function useQuerySuggestions(enabled: boolean): QuerySuggestions {
  const db = useBundlesDb();
  const [suggestions, setSuggestions] = useState(EMPTY);
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    facetCounts(db).then(
      (f) => {
        const top = (list: { value: string }[]) => list.slice(0, MAX).map((v) => v.value);
        if (alive) setSuggestions({ unit: top(f.unit), campaign: top(f.campaign), site: top(f.site), tag: top(f.tag) });
      },
      () => undefined, // suggestions are a help: the form works without them
    );
    return () => {
      alive = false;
    };
  }, [db, enabled]);
  return suggestions;
}
