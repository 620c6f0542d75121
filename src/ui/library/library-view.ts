import type { ClipStatus } from '../../core/schemas/index.ts';
import type { ClipFilter } from '../../platform/db/clips-repository.ts';

// What the library shows, as one value kept in the address's hash
// (library.html#q=hai+quan&unit=Cục+Hải+quan+Lạng+Sơn&clip=…), so a view can
// be bookmarked, sent to a colleague or opened from the popup.

/** Facets that filter by an entity facet key ("unit:…", "type:amount"). */
export const ENTITY_FACETS = ['campaign', 'unit', 'place', 'person', 'type'] as const;
/** Facets that take one value at a time (the storage filter has one of each). */
export const SINGLE_FACETS = ['site', 'month', 'status'] as const;
export const FACETS = [...ENTITY_FACETS, 'tag', ...SINGLE_FACETS] as const;
export type FacetName = (typeof FACETS)[number];

export type SortOrder = 'relevance' | 'clipped' | 'published';
const SORTS: readonly SortOrder[] = ['relevance', 'clipped', 'published'];

export interface LibraryView {
  q: string;
  filters: Record<FacetName, string[]>;
  /** null: by relevance while searching, else newest clipped first. */
  sort: SortOrder | null;
  /** The clip open in the reader. */
  clip: string | null;
}

const emptyFilters = (): Record<FacetName, string[]> => Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<FacetName, string[]>;

export const EMPTY_VIEW: LibraryView = { q: '', filters: emptyFilters(), sort: null, clip: null };

const isSingle = (facet: FacetName) => (SINGLE_FACETS as readonly string[]).includes(facet);

export function parseViewHash(hash: string): LibraryView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const filters = emptyFilters();
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(facet).map((v) => v.trim()).filter(Boolean))];
    filters[facet] = isSingle(facet) ? values.slice(0, 1) : values;
  }
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    filters,
    sort: SORTS.includes(sort as SortOrder) ? (sort as SortOrder) : null,
    clip: params.get('clip')?.trim() || null,
  };
}

export function formatViewHash(view: LibraryView): string {
  const params = new URLSearchParams();
  if (view.q.trim()) params.set('q', view.q);
  for (const facet of FACETS) for (const value of view.filters[facet]) params.append(facet, value);
  if (view.sort) params.set('sort', view.sort);
  if (view.clip) params.set('clip', view.clip);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** The effective order: relevance only makes sense with a query. */
export function effectiveSort(view: LibraryView): SortOrder {
  if (view.sort === 'relevance' && !view.q.trim()) return 'clipped';
  return view.sort ?? (view.q.trim() ? 'relevance' : 'clipped');
}

export function hasFilters(view: LibraryView): boolean {
  return FACETS.some((f) => view.filters[f].length > 0);
}

/** The storage filter of the facets (the text query is the search index's part). */
export function toClipFilter(view: LibraryView): ClipFilter {
  const f = view.filters;
  const entityKeys = ENTITY_FACETS.flatMap((facet) => f[facet].map((v) => `${facet}:${v}`));
  return {
    ...(f.site[0] !== undefined ? { site: f.site[0] } : {}),
    ...(f.month[0] !== undefined ? { month: f.month[0] } : {}),
    ...(f.status[0] !== undefined ? { status: f.status[0] as ClipStatus } : {}),
    ...(f.tag.length ? { tags: f.tag } : {}),
    ...(entityKeys.length ? { entityKeys } : {}),
  };
}

/** Adds a facet value (replacing the value of a one-value facet), or removes it when present. */
export function toggleFilter(view: LibraryView, facet: FacetName, value: string): LibraryView {
  const current = view.filters[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : isSingle(facet) ? [value] : [...current, value];
  return { ...view, filters: { ...view.filters, [facet]: next } };
}

export function withoutFilters(view: LibraryView): LibraryView {
  return { ...view, q: '', filters: emptyFilters() };
}

/** A view of the whole library narrowed to one facet value (from an entity in the reader). */
export function onlyFilter(facet: FacetName, value: string): LibraryView {
  return { ...EMPTY_VIEW, filters: { ...emptyFilters(), [facet]: [value] } };
}
