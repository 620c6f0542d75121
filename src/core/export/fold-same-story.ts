import { hammingDistance } from '../fingerprint/hamming-distance.ts';
import { SAME_STORY_MAX_DISTANCE } from '../fingerprint/is-same-story.ts';
import type { BundleItem, ExportedClip } from '../schemas/index.ts';

export interface FoldOptions {
  /**
   * Fingerprints this close (differing bits) are one story. The default is the
   * library's own threshold (is-same-story.ts, measured: a syndicated copy with a
   * new lead differs in up to 10 bits, distinct articles in 15 or more), so a
   * bundle folds exactly what the library links as one story.
   */
  maxDistance?: number;
}

/**
 * The same story carried by several sites becomes one item: the first in the
 * editor's order stays, the others go to its `alsoClipIds` ("cũng đăng trên
 * …"). Two clips are one story when one is the `storyOf` (or `alsoOn`) of the
 * other, they share a `storyOf`, or their fingerprints differ in at most
 * `maxDistance` bits; the relation is transitive. A note written on a folded
 * item moves to the kept one when that has none, so no note is lost silently.
 */
export function foldSameStory(items: BundleItem[], clips: ExportedClip[], options: FoldOptions = {}): BundleItem[] {
  const max = options.maxDistance ?? SAME_STORY_MAX_DISTANCE;
  const byId = new Map(clips.map((c) => [c.id, c]));
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    // The root is always the earlier item, so the editor's first choice is kept.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // Every id an item stands for (its clip, its clip's story root, what it already folds).
  const storyIds = items.map((item) => {
    const clip = byId.get(item.clipId);
    const ids = new Set([item.clipId, ...item.alsoClipIds]);
    if (clip?.storyOf) ids.add(clip.storyOf);
    for (const a of clip?.alsoOn ?? []) ids.add(a.clipId);
    return ids;
  });
  for (let i = 0; i < items.length; i++) {
    const a = byId.get(items[i]!.clipId);
    for (let j = i + 1; j < items.length; j++) {
      const b = byId.get(items[j]!.clipId);
      const linked = [...storyIds[i]!].some((id) => storyIds[j]!.has(id));
      const close = !!a && !!b && hammingDistance(a.fingerprint, b.fingerprint) <= max;
      if (linked || close) union(i, j);
    }
  }
  const kept = new Map<number, BundleItem>();
  for (let i = 0; i < items.length; i++) {
    const root = find(i);
    const item = items[i]!;
    const head = kept.get(root);
    if (!head) {
      kept.set(root, { ...item, alsoClipIds: [...item.alsoClipIds] });
      continue;
    }
    for (const id of [item.clipId, ...item.alsoClipIds]) {
      if (id !== head.clipId && !head.alsoClipIds.includes(id)) head.alsoClipIds.push(id);
    }
    if (!head.note.trim() && item.note.trim()) head.note = item.note;
  }
  return [...kept.values()];
}
