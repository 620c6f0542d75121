import { findSameStory } from '../fingerprint/find-same-story.ts';
import { FORMAT_VERSION, type BundleFile, type BundleGrouping, type ExportedClip } from '../schemas/index.ts';
import { periodLabelVi } from './build-digest.ts';
import { stableHash } from './clip-from-article.ts';
import { foldSameStory } from './fold-same-story.ts';
import { groupIntoSections } from './group-into-sections.ts';
import { selectClipsForQuery } from './select-clips-for-query.ts';
import { vietnamDay } from './vietnam-day.ts';

export interface BundleFromClipsOptions {
  now: string;
  title?: string;
  intro?: string;
  grouping?: BundleGrouping;
  generator?: string;
}

/** Links each clip to the earliest earlier clip of the same story (storyOf, alsoOn), as the library does on clipping. */
function linkStories(clips: ExportedClip[]): ExportedClip[] {
  const out = clips.map((c) => ({ ...c }));
  for (let i = 1; i < out.length; i++) {
    const clip = out[i]!;
    if (clip.storyOf) continue;
    const match = findSameStory(clip.fingerprint, out.slice(0, i).map((c) => c.fingerprint));
    if (!match) continue;
    const earlier = out[match.index]!;
    const root = out.find((c) => c.id === (earlier.storyOf ?? earlier.id)) ?? earlier;
    clip.storyOf = root.id;
    root.alsoOn = [...(root.alsoOn ?? []), { clipId: clip.id, siteName: clip.siteName, url: clip.canonicalUrl || clip.url }];
  }
  return out;
}

/**
 * A bundle file of freshly made clips: oldest first, copies of one story
 * linked and folded, grouped into sections, the period spanning the clips'
 * days. Ids derive from the content, so the same pages give the same file.
 */
export function bundleFromClips(clips: ExportedClip[], options: BundleFromClipsOptions): BundleFile {
  const ordered = linkStories(selectClipsForQuery(clips, {}));
  const items = foldSameStory(ordered.map((c) => ({ clipId: c.id, note: '', alsoClipIds: [] })), ordered);
  const grouping = options.grouping ?? 'manual';
  const days = ordered.map((c) => vietnamDay(c.publishedAt) ?? vietnamDay(c.clippedAt)).filter((d): d is string => !!d).sort();
  const period = days.length ? { start: days[0]!, end: days.at(-1)! } : undefined;
  const title = options.title?.trim() || (period ? `Bản tin ${periodLabelVi(period).replace(/^\S+/, (w) => w.toLowerCase())}` : 'Bản tin');
  return {
    format: 'bantin-bundle',
    formatVersion: FORMAT_VERSION,
    scope: 'bundle',
    exportedAt: options.now,
    generator: options.generator ?? 'bantin',
    bundles: [{
      id: `bundle-${stableHash(`${title}\n${ordered.map((c) => c.id).join('\n')}`)}`,
      title,
      intro: options.intro ?? '',
      ...(period ? { period } : {}),
      grouping,
      sections: groupIntoSections(ordered, grouping, { items }),
      createdAt: options.now,
      updatedAt: options.now,
    }],
    clips: ordered,
    vocabulary: [],
  };
}
