import { findSameStory as closestFingerprint } from '../../../core/fingerprint/find-same-story.ts';
import { SAME_STORY_MAX_DISTANCE } from '../../../core/fingerprint/is-same-story.ts';
import type { BantinDb } from '../bantin-db.ts';
import { storyCandidates } from './story-candidates.ts';

// The same story republished by another site: the stored clip whose content
// fingerprint is nearest, within the core's same-story distance. When that
// clip is itself a copy, the link goes to the first clip of the story, so a
// story has one root whatever order its copies were clipped in.

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
  // Oldest first, so that of equally close clips the earliest wins.
  const candidates = (await storyCandidates(db, options.exceptId)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const match = closestFingerprint(
    fingerprint,
    candidates.map((c) => c.fingerprint),
    options.maxDistance ?? SAME_STORY_MAX_DISTANCE,
  );
  if (!match) return undefined;
  const matchedId = candidates[match.index]!.id;
  const matched = await db.articles.get(matchedId);
  return { clipId: matched?.storyOf ?? matchedId, matchedId, distance: match.distance };
}
