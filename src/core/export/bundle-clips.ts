import type { Bundle, ExportedClip } from '../schemas/index.ts';

/**
 * The clips of a bundle in reading order: each item's clip, then the copies
 * folded into it. A clip listed twice comes once; ids without a clip are skipped.
 */
export function bundleClips(bundle: Bundle, clips: ExportedClip[]): ExportedClip[] {
  const byId = new Map(clips.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const out: ExportedClip[] = [];
  for (const section of bundle.sections) {
    for (const item of section.items) {
      for (const id of [item.clipId, ...item.alsoClipIds]) {
        const clip = byId.get(id);
        if (!clip || seen.has(id)) continue;
        seen.add(id);
        out.push(clip);
      }
    }
  }
  return out;
}
