import { foldSameStory } from '../../core/export/fold-same-story.ts';
import { groupIntoSections } from '../../core/export/group-into-sections.ts';
import { selectClipsForQuery } from '../../core/export/select-clips-for-query.ts';
import { vietnamDay } from '../../core/export/vietnam-day.ts';
import type { Bundle, BundleGrouping, ExportedClip, Period } from '../../core/schemas/index.ts';
import type { BantinDb } from '../db/bantin-db.ts';
import { saveBundle } from '../db/bundles-repository.ts';
import { readExportedClipsInTransaction } from '../export/read-exported-clips.ts';
import type { SectionTitles } from './bundle-edits.ts';

export interface NewBundle {
  title: string;
  period?: Period;
  intro?: string;
  grouping: BundleGrouping;
  titles: SectionTitles;
  now?: string;
}

/** A fresh bundle id; random, since two editors' bundles must never collide on import. */
export function newBundleId(): string {
  return `bundle-${crypto.randomUUID()}`;
}

/**
 * The bundle of `clips` in their given order: copies of one story folded into
 * one item ("cũng đăng trên …"), then grouped into sections.
 */
export function bundleOfClips(clips: ExportedClip[], options: NewBundle & { id: string; now: string }): Bundle {
  const items = foldSameStory(clips.map((c) => ({ clipId: c.id, note: '', alsoClipIds: [] })), clips);
  return {
    id: options.id,
    title: options.title.trim(),
    intro: options.intro ?? '',
    ...(options.period ? { period: options.period } : {}),
    grouping: options.grouping,
    sections: groupIntoSections(clips, options.grouping, { items, otherTitle: options.titles.other, manualTitle: options.titles.manual }),
    createdAt: options.now,
    updatedAt: options.now,
  };
}

/** Creates and stores a bundle of `clips`; returns it as stored. */
export async function createBundle(db: BantinDb, clips: ExportedClip[], options: NewBundle): Promise<Bundle> {
  const now = options.now ?? new Date().toISOString();
  return saveBundle(db, bundleOfClips(clips, { ...options, id: newBundleId(), now }), now);
}

/** The days the clips span (published, else clipped, in Vietnam time); undefined without dates. */
export function periodOfClips(clips: readonly ExportedClip[]): Period | undefined {
  const days = clips.map((c) => vietnamDay(c.publishedAt) ?? vietnamDay(c.clippedAt)).filter((d): d is string => !!d).sort();
  return days.length ? { start: days[0]!, end: days.at(-1)! } : undefined;
}

/** Creates a bundle of stored clips (a library selection), oldest first, over the days they span. */
export async function createBundleFromClipIds(db: BantinDb, clipIds: readonly string[], options: Omit<NewBundle, 'period'> & { period?: Period }): Promise<Bundle> {
  // Grouping and folding need entities and fingerprints, not the bodies.
  const clips = await db.transaction('r', [db.articles, db.bodies, db.clipEntities], () => readExportedClipsInTransaction(db, clipIds, false));
  const ordered = selectClipsForQuery(clips, {});
  return createBundle(db, ordered, { ...options, period: options.period ?? periodOfClips(ordered) });
}
