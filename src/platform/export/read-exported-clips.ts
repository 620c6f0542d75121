import type { Bundle, ExportedClip, ReviewedEntity } from '../../core/schemas/index.ts';
import type { BantinDb, ClipRow } from '../db/bantin-db.ts';
import { fromClipRow } from '../db/clip-row.ts';
import { reviewedEntitiesOf } from '../db/entity-list.ts';

// Exports and imports see a clip whole: the row, its body and its entities.
// They are read in ONE read transaction, so an export never mixes a clip's
// old entities with its new body while the background is storing a clip.

/** A stored clip as exports see it (entities in text order); a clip still without a body (pending, failed) exports with empty text. */
export function toExportedClip(row: ClipRow, body: { text: string; html: string } | undefined, entities: ReviewedEntity[]): ExportedClip {
  return {
    ...fromClipRow(row),
    text: body?.text ?? '',
    html: body?.html ?? '',
    entities,
  };
}

/**
 * Which bodies an export reads: all, none, or `'summary'`, those of clips
 * without a lead only (a digest prints a clip's text only as the summary of
 * a clip with no note and no lead; bodies are most of the data read).
 */
export type BodiesWanted = boolean | 'summary';

async function bodiesOf(db: BantinDb, ids: string[], rows: (ClipRow | undefined)[], wanted: BodiesWanted) {
  if (wanted === true) return db.bodies.bulkGet(ids);
  if (wanted === false) return [];
  const needed = ids.filter((_, i) => rows[i] && !rows[i].lead.trim());
  const found = new Map((await db.bodies.bulkGet(needed)).map((b, i) => [needed[i]!, b]));
  return ids.map((id) => found.get(id));
}

/** Reads whole clips inside the caller's transaction (which must cover articles, bodies and clipEntities). */
export async function readExportedClipsInTransaction(db: BantinDb, ids: readonly string[], withBodies: BodiesWanted = true): Promise<ExportedClip[]> {
  const unique = [...new Set(ids)];
  const [[rows, bodies], lists] = await Promise.all([
    db.articles.bulkGet(unique).then(async (r) => [r, await bodiesOf(db, unique, r, withBodies)] as const),
    db.clipEntities.bulkGet(unique),
  ]);
  const out: ExportedClip[] = [];
  rows.forEach((row, i) => {
    if (row) out.push(toExportedClip(row, bodies[i], reviewedEntitiesOf(lists[i])));
  });
  return out;
}

/**
 * Whole clips of `ids`, in that order (ids listed twice come once; ids no
 * longer stored are skipped). Without `bodies`, text and html are left empty.
 */
export async function readExportedClips(db: BantinDb, ids: readonly string[], options: { bodies?: BodiesWanted } = {}): Promise<ExportedClip[]> {
  return db.transaction('r', [db.articles, db.bodies, db.clipEntities], () => readExportedClipsInTransaction(db, ids, options.bodies ?? true));
}

/** Every clip a bundle names (items and the copies folded into them). */
export function bundleClipIds(bundle: Bundle): string[] {
  return bundle.sections.flatMap((s) => s.items.flatMap((i) => [i.clipId, ...i.alsoClipIds]));
}

/** A bundle and all its clips as of one moment; undefined when the bundle is gone. Without `bodies`, text and html are left empty. */
export async function readBundleWithClips(db: BantinDb, bundleId: string, options: { bodies?: BodiesWanted } = {}): Promise<{ bundle: Bundle; clips: ExportedClip[] } | undefined> {
  return db.transaction('r', [db.bundles, db.articles, db.bodies, db.clipEntities], async () => {
    const bundle = await db.bundles.get(bundleId);
    if (!bundle) return undefined;
    return { bundle, clips: await readExportedClipsInTransaction(db, bundleClipIds(bundle), options.bodies ?? true) };
  });
}
