import { findSameStory as closestFingerprint } from '../../../core/fingerprint/find-same-story.ts';
import { SAME_STORY_MAX_DISTANCE } from '../../../core/fingerprint/is-same-story.ts';
import type { BantinDb } from '../bantin-db.ts';
import { loadStoryIndex } from './story-index.ts';

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
  const index = await loadStoryIndex(db);
  const except = options.exceptId === undefined ? -1 : index.ids.indexOf(options.exceptId);
  // The clip being made may already be in the index (a retry): keep it from matching itself.
  const candidates = except < 0 ? index : { halves: index.halves, valid: Uint8Array.from(index.valid, (v, i) => (i === except ? 0 : v)) };
  const match = closestFingerprint(fingerprint, candidates, options.maxDistance ?? SAME_STORY_MAX_DISTANCE);
  if (!match) return undefined;
  const matchedId = index.ids[match.index]!;
  const matched = await db.articles.get(matchedId);
  return { clipId: matched?.storyOf ?? matchedId, matchedId, distance: match.distance };
}
