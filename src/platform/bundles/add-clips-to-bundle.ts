import type { Bundle } from '../../core/schemas/index.ts';
import type { BantinDb } from '../db/bantin-db.ts';
import { saveBundle } from '../db/bundles-repository.ts';
import { RepositoryError } from '../db/repository-error.ts';
import { bundleClipIds, readExportedClipsInTransaction } from '../export/read-exported-clips.ts';
import { withClipsAdded, type SectionTitles } from './bundle-edits.ts';

/**
 * Adds clips to a stored bundle (library selection, a clip's "add to bundle"
 * menu). Read and write share one transaction, so an edit saved meanwhile
 * by the composer in another tab is never overwritten with a stale copy.
 */
export async function addClipsToBundle(db: BantinDb, bundleId: string, clipIds: readonly string[], titles: SectionTitles): Promise<Bundle> {
  return db.transaction('rw', [db.bundles, db.articles, db.bodies, db.clipEntities], async () => {
    const bundle = await db.bundles.get(bundleId);
    if (!bundle) throw new RepositoryError('invalid-bundle', `no bundle ${bundleId}`);
    // Grouping and folding need entities and fingerprints, not the bodies.
    const clips = await readExportedClipsInTransaction(db, [...bundleClipIds(bundle), ...clipIds], false);
    const next = withClipsAdded(bundle, clips, clipIds, titles);
    return next === bundle ? bundle : saveBundle(db, next);
  });
}
