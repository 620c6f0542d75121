import type { Clip } from '../../../core/schemas/index.ts';
import type { BantinDb } from '../bantin-db.ts';
import { fromClipRow } from '../clip-row.ts';
import { getClips } from './clip-records.ts';
import { isEmptyFilter, matchingIds, type ClipFilter } from './clip-filter.ts';

// Lists for a virtualised library of 50,000 clips. Clip ids sort by the time
// they were made (core/clip/clip-id.ts), so "newest first" is the reverse
// primary-key order: a filtered list is a sort of ids, never of rows. A list
// view takes `listClipIds` once (a few hundred KB for 50,000 clips) and reads
// the rows of the visible window with `getClips`; `listClips` pages instead.

export type ClipOrder = 'clipped' | 'published';

export interface ListQuery {
  filter?: ClipFilter;
  /** Newest clipped first (default) or newest published first (undated last). */
  order?: ClipOrder;
}

const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** The ids of the matching clips, in list order. */
export async function listClipIds(db: BantinDb, query: ListQuery = {}): Promise<string[]> {
  const order = query.order ?? 'clipped';
  if (isEmptyFilter(query.filter)) {
    if (order === 'clipped') return db.articles.toCollection().reverse().primaryKeys();
    // Undated clips have month '': a small look-up instead of every id of the library.
    const [dated, undated] = await Promise.all([datedNewestFirst(db), db.articles.where('month').equals('').primaryKeys()]);
    const seen = new Set(dated);
    return [...dated, ...undated.filter((id) => !seen.has(id)).sort(newestFirst)];
  }
  const ids = await matchingIds(db, query.filter!);
  if (order === 'clipped') return ids.sort(newestFirst);
  const wanted = new Set(ids);
  const dated = (await datedNewestFirst(db)).filter((id) => wanted.has(id));
  const seen = new Set(dated);
  return [...dated, ...ids.filter((id) => !seen.has(id)).sort(newestFirst)];
}

/** Ids by published date, newest first; ties newest clipped first. */
async function datedNewestFirst(db: BantinDb): Promise<string[]> {
  return (await db.articles.orderBy('publishedAt').primaryKeys()).reverse();
}

/** How many clips match. */
export async function countClips(db: BantinDb, filter?: ClipFilter): Promise<number> {
  if (isEmptyFilter(filter)) return db.articles.count();
  return (await matchingIds(db, filter!)).length;
}

export interface ClipPage {
  clips: Clip[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** One page of clips in list order, after the clip id `after` (the previous page's cursor). */
export async function listClips(db: BantinDb, query: ListQuery & { limit?: number; after?: string | null } = {}): Promise<ClipPage> {
  const limit = Math.max(1, query.limit ?? 50);
  if (isEmptyFilter(query.filter) && (query.order ?? 'clipped') === 'clipped') {
    // The common case reads only the page, through the primary key.
    const range = query.after ? db.articles.where(':id').below(query.after) : db.articles.toCollection();
    const rows = await range.reverse().limit(limit + 1).toArray();
    const page = rows.slice(0, limit).map(fromClipRow);
    return { clips: page, nextCursor: rows.length > limit ? page[page.length - 1]!.id : null };
  }
  const ids = await listClipIds(db, query);
  const from = startAfter(ids, query.after ?? null, query.order ?? 'clipped');
  const slice = ids.slice(from, from + limit);
  const hasMore = from + limit < ids.length;
  return { clips: await getClips(db, slice), nextCursor: hasMore ? slice[slice.length - 1]! : null };
}

function startAfter(ids: readonly string[], after: string | null, order: ClipOrder): number {
  if (!after) return 0;
  const at = ids.indexOf(after);
  if (at >= 0) return at + 1;
  // The cursor's clip was deleted meanwhile: in id order the next one is still findable.
  if (order === 'clipped') {
    const next = ids.findIndex((id) => id < after);
    return next < 0 ? ids.length : next;
  }
  return ids.length;
}
