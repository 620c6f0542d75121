import { buildDigest, type Digest, type DigestSection } from '../../core/export/build-digest.ts';
import type { Bundle, ExportedClip } from '../../core/schemas/index.ts';

// buildDigest resolves every item (summary, key figures, "cũng đăng trên")
// in one call; for a digest of thousands of items that holds the page. The
// same digest is built here a slice of items at a time, with a pause for the
// event loop between slices. Slices of one section join back into one.

export interface DigestChunkOptions {
  /** Items per slice; default 200. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  yieldToEventLoop?: () => Promise<void>;
  signal?: AbortSignal;
}

const timerYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function buildDigestInChunks(bundle: Bundle, clips: ExportedClip[], options: DigestChunkOptions = {}): Promise<Digest> {
  const size = Math.max(1, Math.floor(options.chunkSize ?? 200));
  const pause = options.yieldToEventLoop ?? timerYield;
  const byId = new Map(clips.map((c) => [c.id, c]));
  const total = bundle.sections.reduce((n, s) => n + s.items.length, 0);
  const head = buildDigest({ ...bundle, sections: [] }, []);
  const sections: DigestSection[] = [];
  const missingClipIds: string[] = [];
  let done = 0;
  for (const section of bundle.sections) {
    for (let start = 0; start < section.items.length; start += size) {
      if (done > 0) await pause();
      options.signal?.throwIfAborted();
      const items = section.items.slice(start, start + size);
      const wanted = items.flatMap((i) => [i.clipId, ...i.alsoClipIds]).map((id) => byId.get(id)).filter((c): c is ExportedClip => !!c);
      const part = buildDigest({ ...bundle, sections: [{ ...section, items }] }, wanted);
      missingClipIds.push(...part.missingClipIds);
      for (const built of part.sections) {
        const last = sections.at(-1);
        if (last && last.id === built.id && start > 0) last.items.push(...built.items);
        else sections.push({ ...built, items: [...built.items] });
      }
      done += items.length;
      options.onProgress?.(done, total);
    }
  }
  return { ...head, sections, itemCount: sections.reduce((n, s) => n + s.items.length, 0), missingClipIds };
}
