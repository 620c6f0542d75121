import { parseEntityKey } from '../../../core/clip/entity-keys.ts';
import type { BantinDb, ClipRow } from '../bantin-db.ts';
import { isEmptyFilter, matchingIds, type ClipFilter } from './clip-filter.ts';

// Facet counts for the library's side panel. Over the whole library they are
// index look-ups: the distinct keys of an index, then one native count per
// key, with no row read. Within a filter they are counted over the matching
// rows, read in chunks.

export interface FacetValueCount {
  value: string;
  count: number;
}

export interface FacetCounts {
  site: FacetValueCount[];
  /** Newest month first; the others by count, then alphabetically. */
  month: FacetValueCount[];
  tag: FacetValueCount[];
  campaign: FacetValueCount[];
  unit: FacetValueCount[];
  place: FacetValueCount[];
  person: FacetValueCount[];
  /** Entity types present ("amount", "date"…), by the number of clips with one. */
  type: FacetValueCount[];
  status: FacetValueCount[];
}

const ENTITY_FACETS = ['campaign', 'unit', 'place', 'person', 'type'] as const;
type Tally = Map<string, number>;

const collator = new Intl.Collator('vi');
const byCount = (a: FacetValueCount, b: FacetValueCount) => b.count - a.count || collator.compare(a.value, b.value);
const byValueDesc = (a: FacetValueCount, b: FacetValueCount) => collator.compare(b.value, a.value);
const toList = (tally: Tally, sort = byCount) =>
  [...tally].filter(([value]) => value !== '').map(([value, count]) => ({ value, count })).sort(sort);

function assemble(tallies: Record<'site' | 'month' | 'tag' | 'status' | 'entity', Tally>): FacetCounts {
  const entity = Object.fromEntries(ENTITY_FACETS.map((f) => [f, new Map<string, number>()])) as Record<(typeof ENTITY_FACETS)[number], Tally>;
  for (const [key, count] of tallies.entity) {
    const { facet, value } = parseEntityKey(key);
    if ((ENTITY_FACETS as readonly string[]).includes(facet)) entity[facet as (typeof ENTITY_FACETS)[number]].set(value, count);
  }
  return {
    site: toList(tallies.site),
    month: toList(tallies.month, byValueDesc),
    tag: toList(tallies.tag),
    campaign: toList(entity.campaign),
    unit: toList(entity.unit),
    place: toList(entity.place),
    person: toList(entity.person),
    type: toList(entity.type),
    status: toList(tallies.status),
  };
}

async function indexTally(db: BantinDb, index: string): Promise<Tally> {
  const keys = (await db.articles.orderBy(index).uniqueKeys()) as string[];
  const counts = await Promise.all(keys.map((k) => db.articles.where(index).equals(k).count()));
  return new Map(keys.map((k, i) => [k, counts[i]!]));
}

function rowTally(rows: readonly ClipRow[]) {
  const tallies = { site: new Map(), month: new Map(), tag: new Map(), status: new Map(), entity: new Map() } as Record<
    'site' | 'month' | 'tag' | 'status' | 'entity',
    Tally
  >;
  const add = (t: Tally, k: string) => t.set(k, (t.get(k) ?? 0) + 1);
  for (const r of rows) {
    add(tallies.site, r.site);
    add(tallies.month, r.month);
    add(tallies.status, r.status);
    for (const tag of new Set(r.tags)) add(tallies.tag, tag);
    for (const key of new Set(r.entityKeys)) add(tallies.entity, key);
  }
  return tallies;
}

const CHUNK = 2000;

/** How many clips carry each facet value, within `filter` (the whole library by default). */
export async function facetCounts(db: BantinDb, filter?: ClipFilter): Promise<FacetCounts> {
  if (isEmptyFilter(filter)) {
    return db.transaction('r', db.articles, async () => {
      const [site, month, tag, status, entity] = await Promise.all(
        ['site', 'month', 'tags', 'status', 'entityKeys'].map((ix) => indexTally(db, ix)),
      );
      return assemble({ site: site!, month: month!, tag: tag!, status: status!, entity: entity! });
    });
  }
  const ids = await matchingIds(db, filter!);
  const rows: ClipRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const row of await db.articles.bulkGet(ids.slice(i, i + CHUNK))) if (row) rows.push(row);
  }
  return assemble(rowTally(rows));
}
