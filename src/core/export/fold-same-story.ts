import { packFingerprints } from '../fingerprint/find-same-story.ts';
import { popcount32 } from '../fingerprint/hamming-distance.ts';
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
  // Items that stand for a common id (their clip, its story root, what they already fold) are one story.
  const owner = new Map<string, number>();
  items.forEach((item, i) => {
    const clip = byId.get(item.clipId);
    const ids = [item.clipId, ...item.alsoClipIds, ...(clip?.storyOf ? [clip.storyOf] : []), ...(clip?.alsoOn ?? []).map((a) => a.clipId)];
    for (const id of ids) {
      const first = owner.get(id);
      if (first === undefined) owner.set(id, i);
      else union(first, i);
    }
  });
  // Fingerprints compare pairwise on their 32-bit halves: an XOR and two popcounts a pair.
  const { halves, valid } = packFingerprints(items.map((item) => byId.get(item.clipId)?.fingerprint ?? ''));
  for (let i = 0; i < items.length; i++) {
    if (!valid[i]) continue;
    for (let j = i + 1; j < items.length; j++) {
      if (!valid[j]) continue;
      const d = popcount32(halves[2 * i]! ^ halves[2 * j]!) + popcount32(halves[2 * i + 1]! ^ halves[2 * j + 1]!);
      if (d <= max) union(i, j);
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
