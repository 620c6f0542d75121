import { entityKeys } from '../../../core/clip/entity-keys.ts';
import type { ExportedClip } from '../../../core/schemas/index.ts';
import type { BantinDb } from '../../db/bantin-db.ts';
import { saveClipContent } from '../../db/clips-repository.ts';

/** Stores whole clips the way the clip pipeline does (row, body, entities in one transaction each). */
export async function seedClips(db: BantinDb, clips: readonly ExportedClip[]): Promise<void> {
  for (const c of clips) {
    const { text, html, entities, ...clip } = c;
    await saveClipContent(db, { clip, body: { id: c.id, text, html }, entities });
  }
}

/** A clip as the library gives it back: facet keys computed from its entities. */
export const asStored = (c: ExportedClip): ExportedClip => ({ ...c, entityKeys: entityKeys(c.entities) });
