import { entityKeys } from '../clip/entity-keys.ts';
import type { ExportedClip } from '../schemas/index.ts';
import { mergeEntities, type EntityDifference } from './merge-entities.ts';

export type MatchReason = 'id' | 'canonical-url' | 'fingerprint';

/** An incoming clip that is already in the library, and what importing it changes there. */
export interface DuplicateClip {
  incomingId: string;
  existingId: string;
  matchedBy: MatchReason;
  /** The library's clip after the merge (equal to it when nothing changes). */
  merged: ExportedClip;
  changed: boolean;
  addedTags: string[];
  /** The colleague's note was added to ours (kept both) or filled our empty one. */
  noteMerged: boolean;
  entityDifferences: EntityDifference[];
  /** Where both sides' people decided differently: ours was kept. */
  conflicts: EntityDifference[];
}

const tagKey = (t: string) => t.normalize('NFC').trim().toLocaleLowerCase('vi');

/**
 * Our clip merged with the colleague's copy: our metadata, tags in union,
 * both notes kept, entities merged without overwriting a person's review.
 * `now` stamps `updatedAt` when something changed.
 */
export function mergeDuplicate(
  local: ExportedClip,
  incoming: ExportedClip,
  matchedBy: MatchReason,
  now: string | undefined,
): DuplicateClip {
  const have = new Set(local.tags.map(tagKey));
  const addedTags = incoming.tags.filter((t) => {
    const k = tagKey(t);
    if (!k || have.has(k)) return false;
    have.add(k);
    return true;
  });
  const [ours, theirs] = [local.note.trim(), incoming.note.trim()];
  const note = !theirs || ours.includes(theirs) ? local.note : ours ? `${ours}\n\n${theirs}` : incoming.note;
  const { entities, differences } = mergeEntities(local, incoming);
  const entitiesChanged = JSON.stringify(entities) !== JSON.stringify(local.entities);
  const changed = addedTags.length > 0 || note !== local.note || entitiesChanged;
  const merged: ExportedClip = changed
    ? {
        ...local,
        tags: [...local.tags, ...addedTags],
        note,
        entities,
        entityKeys: entitiesChanged ? entityKeys(entities) : local.entityKeys,
        updatedAt: now ?? local.updatedAt,
      }
    : local;
  return {
    incomingId: incoming.id,
    existingId: local.id,
    matchedBy,
    merged,
    changed,
    addedTags,
    noteMerged: note !== local.note,
    entityDifferences: differences,
    conflicts: differences.filter((d) => d.resolution === 'conflict'),
  };
}
