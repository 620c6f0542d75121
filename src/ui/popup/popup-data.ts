import type { StoryRef } from '../../core/schemas/clip-outcome.ts';
import type { Clip, ReviewedEntity } from '../../core/schemas/index.ts';
import type { BantinDb } from '../../platform/db/bantin-db.ts';
import { allTags, getClip, getClipDetails, updateClipNotes } from '../../platform/db/clips-repository.ts';

// What the popup reads and writes in the library. Loaded after the first
// paint (Dexie and the schemas are most of the popup's weight), and given to
// the components as an interface so tests hand in a database of their own.

/** A clip as the popup shows it. */
export interface ClipView {
  clip: Clip;
  entities: ReviewedEntity[];
  sameStoryAs?: StoryRef;
}

export interface PopupData {
  clipView(clipId: string): Promise<ClipView | undefined>;
  allTags(): Promise<string[]>;
  saveNotes(clipId: string, change: { tags?: readonly string[]; note?: string }): Promise<Clip>;
}

export function popupData(db: BantinDb): PopupData {
  return {
    async clipView(clipId) {
      const details = await getClipDetails(db, clipId);
      if (!details) return undefined;
      const { clip, entities } = details;
      const earlier = clip.storyOf ? await getClip(db, clip.storyOf) : undefined;
      const sameStoryAs = earlier && { clipId: earlier.id, title: earlier.title, siteName: earlier.siteName, url: earlier.url };
      return { clip, entities, ...(sameStoryAs ? { sameStoryAs } : {}) };
    },
    allTags: () => allTags(db),
    saveNotes: (clipId, change) => updateClipNotes(db, clipId, change),
  };
}
