import { hammingDistance } from '../../../core/fingerprint/hamming-distance.ts';
import type { BantinDb } from '../bantin-db.ts';
import { storyCandidates } from './story-candidates.ts';

// The same story republished by another site: the stored clip whose content
// fingerprint is nearest, within `maxDistance` bits. When that clip is itself
// a copy, the link goes to the first clip of the story, so a story has one
// root whatever order its copies were clipped in.

export const SAME_STORY_MAX_DISTANCE = 6;

export interface SameStory {
  /** The first clip of the story (the root). */
  clipId: string;
  /** The clip whose fingerprint matched (the root or one of its copies). */
  matchedId: string;
  distance: number;
}

export async function findSameStory(
  db: BantinDb,
  fingerprint: string,
  options: { exceptId?: string; maxDistance?: number } = {},
): Promise<SameStory | undefined> {
  if (!fingerprint) return undefined;
  const maxDistance = options.maxDistance ?? SAME_STORY_MAX_DISTANCE;
  let best: { id: string; distance: number } | undefined;
  for (const c of await storyCandidates(db, options.exceptId)) {
    const distance = hammingDistance(fingerprint, c.fingerprint);
    if (distance <= maxDistance && (!best || distance < best.distance || (distance === best.distance && c.id < best.id))) {
      best = { id: c.id, distance };
    }
  }
  if (!best) return undefined;
  const matched = await db.articles.get(best.id);
  return { clipId: matched?.storyOf ?? best.id, matchedId: best.id, distance: best.distance };
}
