import { useMessages } from '../i18n/use-messages.ts';
import { facetValueLabel } from './facet-labels.ts';
import { FACETS, hasFilters, type FacetName, type LibraryView } from './library-view.ts';
import { libraryMessages } from './messages.ts';

interface Props {
  view: LibraryView;
  onRemove: (facet: FacetName, value: string) => void;
  onClear: () => void;
}

/** The filters in force, each removable; together they narrow (AND). */
export function FilterChips({ view, onRemove, onClear }: Props) {
  const t = useMessages(libraryMessages);
  if (!hasFilters(view)) return null;
  return (
    <div class="filter-chips" aria-label={t('filters.label')}>
      {FACETS.flatMap((facet) =>
        view.filters[facet].map((value) => {
          const label = `${t(`facet.${facet}`)}: ${facetValueLabel(facet, value, t)}`;
          return (
            <span key={`${facet}:${value}`} class={`chip filter-chip facet-${facet}`}>
              {label}
              <button type="button" class="chip-remove" aria-label={t('filters.remove', { filter: label })} onClick={() => onRemove(facet, value)}>
                ×
              </button>
            </span>
          );
        }),
      )}
      <button type="button" class="link-button" onClick={onClear}>
        {t('filters.clear')}
      </button>
    </div>
  );
}
