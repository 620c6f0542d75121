import type { Clip, ClipBody } from '../../../core/schemas/index.ts';
import type { BantinDb, ClipRow } from '../bantin-db.ts';
import type { EntityListRow } from '../entity-list.ts';

// Deleting is undoable: the deletion hands back everything it removed, and
// the "Undo" of the UI gives it back to `restoreClips`. Links between clips
// of one story are taken apart on deletion and put back on restore.

type AlsoOn = NonNullable<Clip['alsoOn']>[number];

export interface DeletedClips {
  clips: ClipRow[];
  bodies: ClipBody[];
  /** The clips' entity lists, ids kept. */
  entities: EntityListRow[];
  /** Link fields of the remaining clips as they were before the deletion. */
  links: { id: string; storyOf?: string; alsoOn?: AlsoOn[] }[];
}

/** Deletes clips with their bodies and entities; returns what is needed to undo. */
export async function deleteClips(db: BantinDb, ids: readonly string[]): Promise<DeletedClips> {
  const gone = new Set(ids);
  return db.transaction('rw', [db.articles, db.bodies, db.clipEntities], async () => {
    const clips = (await db.articles.bulkGet([...gone])).filter((r) => r !== undefined);
    const found = clips.map((c) => c.id);
    const bodies = (await db.bodies.bulkGet(found)).filter((b) => b !== undefined);
    const entities = (await db.clipEntities.bulkGet(found)).filter((e) => e !== undefined);

    const linkedIds = new Set<string>();
    for (const c of clips) {
      if (c.storyOf) linkedIds.add(c.storyOf);
      for (const a of c.alsoOn ?? []) linkedIds.add(a.clipId);
    }
    for (const id of await db.articles.where('storyOf').anyOf(found).primaryKeys()) linkedIds.add(id);
    const linked = (await db.articles.bulkGet([...linkedIds].filter((id) => !gone.has(id)))).filter((r) => r !== undefined);
    const links = linked.map((r) => ({ id: r.id, storyOf: r.storyOf, alsoOn: r.alsoOn }));
    for (const r of linked) {
      if (r.storyOf && gone.has(r.storyOf)) delete r.storyOf;
      if (r.alsoOn) r.alsoOn = r.alsoOn.filter((a) => !gone.has(a.clipId));
    }

    await db.articles.bulkPut(linked);
    await db.clipEntities.bulkDelete(found);
    await db.bodies.bulkDelete(found);
    await db.articles.bulkDelete(found);
    return { clips, bodies, entities, links };
  });
}

/** Puts deleted clips back as they were, with their story links. */
export async function restoreClips(db: BantinDb, deleted: DeletedClips): Promise<void> {
  await db.transaction('rw', [db.articles, db.bodies, db.clipEntities], async () => {
    await db.articles.bulkPut(deleted.clips);
    await db.bodies.bulkPut(deleted.bodies);
    await db.clipEntities.bulkPut(deleted.entities);
    // Only the links to restored clips come back: the other clips may have been edited since.
    const restored = new Set(deleted.clips.map((c) => c.id));
    for (const link of deleted.links) {
      await db.articles.where(':id').equals(link.id).modify((row) => {
        if (link.storyOf && restored.has(link.storyOf) && !row.storyOf) row.storyOf = link.storyOf;
        const present = new Set((row.alsoOn ?? []).map((a) => a.clipId));
        const back = (link.alsoOn ?? []).filter((a) => restored.has(a.clipId) && !present.has(a.clipId));
        if (back.length) row.alsoOn = [...(row.alsoOn ?? []), ...back];
      });
    }
  });
}
