import { BundleSchema, type Bundle, type BundleInput } from '../../core/schemas/index.ts';
import type { BantinDb } from './bantin-db.ts';
import { RepositoryError } from './repository-error.ts';

// The `bundles` table: an editor's curated, ordered selections.

/** All bundles, the most recently changed first. */
export async function listBundles(db: BantinDb): Promise<Bundle[]> {
  return db.bundles.orderBy('updatedAt').reverse().toArray();
}

export async function getBundle(db: BantinDb, id: string): Promise<Bundle | undefined> {
  return db.bundles.get(id);
}

/** Validates and stores a bundle, stamping `updatedAt`; returns it as stored. */
export async function saveBundle(db: BantinDb, input: BundleInput, now = new Date().toISOString()): Promise<Bundle> {
  const parsed = BundleSchema.safeParse({ ...input, updatedAt: now });
  if (!parsed.success) throw new RepositoryError('invalid-bundle', parsed.error.issues[0]?.message);
  await db.bundles.put(parsed.data);
  return parsed.data;
}

/** Deletes a bundle and returns it, so the UI can undo with `saveBundle`. */
export async function deleteBundle(db: BantinDb, id: string): Promise<Bundle | undefined> {
  return db.transaction('rw', db.bundles, async () => {
    const bundle = await db.bundles.get(id);
    if (bundle) await db.bundles.delete(id);
    return bundle;
  });
}

/** The bundles that include a clip (to warn before deleting it). */
export async function bundlesWithClip(db: BantinDb, clipId: string): Promise<Bundle[]> {
  const all = await db.bundles.toArray();
  return all.filter((b) => b.sections.some((s) => s.items.some((i) => i.clipId === clipId || i.alsoClipIds.includes(clipId))));
}
