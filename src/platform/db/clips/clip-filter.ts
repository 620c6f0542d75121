import type { ClipStatus } from '../../../core/schemas/index.ts';
import type { BantinDb } from '../bantin-db.ts';

// A library filter is a conjunction of facet values. Each criterion is one
// index look-up returning primary keys only (no row is read), and the
// criteria are intersected in memory, smallest first.

export interface ClipFilter {
  /** Site name, else host (the `site` facet). */
  site?: string;
  /** YYYY-MM, Vietnam time, of the published date (the `month` facet). */
  month?: string;
  /** All of these tags. */
  tags?: readonly string[];
  /** All of these facet keys ("unit:…", "campaign:…", "type:amount"). */
  entityKeys?: readonly string[];
  status?: ClipStatus;
  /** Only these clips (e.g. the hits of a full-text search). */
  ids?: readonly string[];
}

export function isEmptyFilter(filter: ClipFilter | undefined): boolean {
  if (!filter) return true;
  return (
    filter.site === undefined &&
    filter.month === undefined &&
    !filter.tags?.length &&
    !filter.entityKeys?.length &&
    filter.status === undefined &&
    filter.ids === undefined
  );
}

/** The ids of the clips matching a non-empty filter, in no particular order. */
export async function matchingIds(db: BantinDb, filter: ClipFilter): Promise<string[]> {
  const lookups: Promise<string[]>[] = [];
  const byIndex = (index: string, value: string) => db.articles.where(index).equals(value).primaryKeys();
  if (filter.site !== undefined) lookups.push(byIndex('site', filter.site));
  if (filter.month !== undefined) lookups.push(byIndex('month', filter.month));
  if (filter.status !== undefined) lookups.push(byIndex('status', filter.status));
  for (const tag of filter.tags ?? []) lookups.push(byIndex('tags', tag));
  for (const key of filter.entityKeys ?? []) lookups.push(byIndex('entityKeys', key));
  if (filter.ids !== undefined) {
    // Only ids still stored: a search index may lag behind a deletion.
    const ids = [...new Set(filter.ids)];
    lookups.push(db.articles.bulkGet(ids).then((rows) => ids.filter((_, i) => rows[i] !== undefined)));
  }
  const sets = (await Promise.all(lookups)).sort((a, b) => a.length - b.length);
  const [smallest, ...others] = sets;
  if (!smallest) return db.articles.toCollection().primaryKeys();
  const otherSets = others.map((ids) => new Set(ids));
  return [...new Set(smallest)].filter((id) => otherSets.every((s) => s.has(id)));
}
