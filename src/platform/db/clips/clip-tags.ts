import { normalizeTag, normalizeTags } from '../../../core/clip/normalize-tags.ts';
import type { Clip } from '../../../core/schemas/index.ts';
import type { BantinDb } from '../bantin-db.ts';
import { fromClipRow } from '../clip-row.ts';
import { RepositoryError } from '../repository-error.ts';

// The user's own words on a clip: tags and a note.

/** Sets a clip's tags and/or note; returns the clip as stored. */
export async function updateClipNotes(db: BantinDb, id: string, change: { tags?: readonly string[]; note?: string }): Promise<Clip> {
  return db.transaction('rw', db.articles, async () => {
    const row = await db.articles.get(id);
    if (!row) throw new RepositoryError('clip-not-found', id);
    if (change.tags) row.tags = normalizeTags(change.tags);
    if (change.note !== undefined) row.note = change.note;
    row.updatedAt = new Date().toISOString();
    await db.articles.put(row);
    return fromClipRow(row);
  });
}

/** Adds tags to many clips at once; returns how many clips changed. */
export async function addTags(db: BantinDb, ids: readonly string[], tags: readonly string[]): Promise<number> {
  const added = normalizeTags(tags);
  if (added.length === 0) return 0;
  const updatedAt = new Date().toISOString();
  const withNew = (tags: readonly string[]) => normalizeTags([...tags, ...added]);
  return db.articles
    .where(':id')
    .anyOf([...ids])
    .filter((row) => withNew(row.tags).length !== row.tags.length)
    .modify((row) => {
      row.tags = withNew(row.tags);
      row.updatedAt = updatedAt;
    });
}

/** Removes tags (in any spelling or case) from many clips; returns how many changed. */
export async function removeTags(db: BantinDb, ids: readonly string[], tags: readonly string[]): Promise<number> {
  const gone = new Set(normalizeTags(tags).map((t) => t.toLocaleLowerCase('vi')));
  if (gone.size === 0) return 0;
  const updatedAt = new Date().toISOString();
  const kept = (tags: readonly string[]) => tags.filter((t) => !gone.has(normalizeTag(t).toLocaleLowerCase('vi')));
  return db.articles
    .where(':id')
    .anyOf([...ids])
    .filter((row) => kept(row.tags).length !== row.tags.length)
    .modify((row) => {
      row.tags = kept(row.tags);
      row.updatedAt = updatedAt;
    });
}

/** Renames a tag across the library (merging it into `to` where both are present). */
export async function renameTag(db: BantinDb, from: string, to: string): Promise<number> {
  const target = normalizeTag(to);
  const source = normalizeTag(from);
  if (!target || !source) return 0;
  const updatedAt = new Date().toISOString();
  return db.articles.where('tags').equals(source).modify((row) => {
    row.tags = normalizeTags(row.tags.map((t) => (t === source ? target : t)));
    row.updatedAt = updatedAt;
  });
}

/** Every tag in use, alphabetically (for autocompletion). */
export async function allTags(db: BantinDb): Promise<string[]> {
  return ((await db.articles.orderBy('tags').uniqueKeys()) as string[]).sort(new Intl.Collator('vi').compare);
}
