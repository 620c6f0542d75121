import type { Bundle, ExportedClip, ReviewedEntity } from '../../core/schemas/index.ts';
import type { BantinDb, ClipRow, EntityRow } from '../db/bantin-db.ts';
import { fromClipRow } from '../db/clip-row.ts';

// Exports and imports see a clip whole: the row, its body and its entities.
// They are read in ONE read transaction, so an export never mixes a clip's
// old entities with its new body while the background is storing a clip.

const byPosition = (a: EntityRow, b: EntityRow) => a.start - b.start || a.end - b.end || a.id - b.id;

/** The entity as it travels in a file: the reviewed entity without its storage fields. */
export function toReviewedEntity(row: EntityRow): ReviewedEntity {
  const { id: _id, clipId: _clipId, key: _key, ...entity } = row;
  return entity as ReviewedEntity;
}

/** A stored clip as exports see it; a clip still without a body (pending, failed) exports with empty text. */
export function toExportedClip(row: ClipRow, body: { text: string; html: string } | undefined, entities: EntityRow[]): ExportedClip {
  return {
    ...fromClipRow(row),
    text: body?.text ?? '',
    html: body?.html ?? '',
    entities: [...entities].sort(byPosition).map(toReviewedEntity),
  };
}

function groupByClip(rows: EntityRow[]): Map<string, EntityRow[]> {
  const out = new Map<string, EntityRow[]>();
  for (const row of rows) {
    const list = out.get(row.clipId);
    if (list) list.push(row);
    else out.set(row.clipId, [row]);
  }
  return out;
}

/** Reads whole clips inside the caller's transaction (which must cover articles, bodies and entities). */
export async function readExportedClipsInTransaction(db: BantinDb, ids: readonly string[], withBodies = true): Promise<ExportedClip[]> {
  const unique = [...new Set(ids)];
  const [rows, bodies, entities] = await Promise.all([
    db.articles.bulkGet(unique),
    withBodies ? db.bodies.bulkGet(unique) : Promise.resolve([]),
    unique.length ? db.entities.where('clipId').anyOf(unique).toArray() : Promise.resolve([]),
  ]);
  const entitiesOf = groupByClip(entities);
  const out: ExportedClip[] = [];
  rows.forEach((row, i) => {
    if (row) out.push(toExportedClip(row, bodies[i], entitiesOf.get(row.id) ?? []));
  });
  return out;
}

/**
 * Whole clips of `ids`, in that order (ids listed twice come once; ids no
 * longer stored are skipped). Without `bodies`, text and html are left empty.
 */
export async function readExportedClips(db: BantinDb, ids: readonly string[], options: { bodies?: boolean } = {}): Promise<ExportedClip[]> {
  return db.transaction('r', [db.articles, db.bodies, db.entities], () => readExportedClipsInTransaction(db, ids, options.bodies ?? true));
}

/** Every clip a bundle names (items and the copies folded into them). */
export function bundleClipIds(bundle: Bundle): string[] {
  return bundle.sections.flatMap((s) => s.items.flatMap((i) => [i.clipId, ...i.alsoClipIds]));
}

/** A bundle and all its clips as of one moment; undefined when the bundle is gone. */
export async function readBundleWithClips(db: BantinDb, bundleId: string): Promise<{ bundle: Bundle; clips: ExportedClip[] } | undefined> {
  return db.transaction('r', [db.bundles, db.articles, db.bodies, db.entities], async () => {
    const bundle = await db.bundles.get(bundleId);
    if (!bundle) return undefined;
    return { bundle, clips: await readExportedClipsInTransaction(db, bundleClipIds(bundle)) };
  });
}
