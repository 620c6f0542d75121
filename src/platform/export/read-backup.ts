import { FORMAT_VERSION, type BundleFile, type ExportedClip } from '../../core/schemas/index.ts';
import type { BantinDb } from '../db/bantin-db.ts';
import { reviewedEntitiesOf } from '../db/entity-list.ts';
import { toExportedClip } from './read-exported-clips.ts';

export const GENERATOR = 'bantin-extension';

/**
 * The whole library as one bundle file (scope `backup`): every clip with its
 * body and entities (people's corrections and the tagger's originals), every
 * bundle and the user's vocabulary, read in one transaction so the backup is
 * one consistent moment even while the background keeps clipping.
 */
export async function readBackupFile(db: BantinDb, now = new Date().toISOString()): Promise<BundleFile> {
  return db.transaction('r', [db.articles, db.bodies, db.clipEntities, db.bundles, db.vocabulary], async () => {
    const [rows, bodies, entities, bundles, vocabulary] = await Promise.all([
      db.articles.toArray(),
      db.bodies.toArray(),
      db.clipEntities.toArray(),
      db.bundles.toArray(),
      db.vocabulary.toArray(),
    ]);
    const bodyOf = new Map(bodies.map((b) => [b.id, b]));
    const entitiesOf = new Map(entities.map((list) => [list.clipId, list]));
    // Oldest first (ids sort by clip time), so a restore rebuilds the library in the order it grew.
    const clips: ExportedClip[] = rows.map((row) => toExportedClip(row, bodyOf.get(row.id), reviewedEntitiesOf(entitiesOf.get(row.id))));
    return {
      format: 'bantin-bundle',
      formatVersion: FORMAT_VERSION,
      scope: 'backup',
      exportedAt: now,
      generator: GENERATOR,
      bundles: bundles.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)),
      clips,
      vocabulary,
    };
  });
}
