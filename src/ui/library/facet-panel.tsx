import type { FacetCounts } from '../../platform/db/clips-repository.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { FacetGroup } from './facet-group.tsx';
import type { FacetName, LibraryView } from './library-view.ts';
import { libraryMessages } from './messages.ts';

/** The panel's order: what communications staff filter by most, first. */
const ORDER: readonly FacetName[] = ['campaign', 'unit', 'site', 'month', 'tag', 'type', 'place', 'person', 'status'];
const OPEN_AT_FIRST = new Set<FacetName>(['campaign', 'unit', 'site', 'month', 'tag']);

interface Props {
  counts: FacetCounts | null;
  loading: boolean;
  view: LibraryView;
  onToggle: (facet: FacetName, value: string) => void;
}

/** Facets with the number of matching clips for each value, counted within the current results. */
export function FacetPanel({ counts, loading, view, onToggle }: Props) {
  const t = useMessages(libraryMessages);
  return (
    <nav class="facet-panel" aria-label={t('facets.label')} aria-busy={loading}>
      <h2 class="facet-panel-title">
        {t('facets.heading')}
        {loading && <span class="muted facet-loading"> {t('facets.counting')}</span>}
      </h2>
      {!counts && <p class="muted">{t('facets.loading')}</p>}
      {counts &&
        ORDER.map((facet) => {
          const values = counts[facet];
          const selected = view.filters[facet];
          // Status only matters while some clips are unfinished.
          const hidden = facet === 'status' ? !values.some((v) => v.value !== 'ready') && selected.length === 0 : values.length === 0 && selected.length === 0;
          if (hidden) return null;
          return <FacetGroup key={facet} facet={facet} values={values} selected={selected} onToggle={onToggle} initiallyOpen={OPEN_AT_FIRST.has(facet)} />;
        })}
    </nav>
  );
}
