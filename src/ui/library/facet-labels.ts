import type { FacetName } from './library-view.ts';

type T = (key: string, params?: Record<string, string | number>) => string;

/** How a facet value reads in the panel and in a filter chip. */
export function facetValueLabel(facet: FacetName, value: string, t: T): string {
  if (facet === 'month') {
    const [year, month] = value.split('-');
    return t('facet.month-value', { month: month ?? '', year: year ?? '' });
  }
  if (facet === 'type') return t(`type.${value}`);
  if (facet === 'status') return t(`status.${value}`);
  return value;
}
