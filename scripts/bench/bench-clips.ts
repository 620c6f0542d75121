import { entityKeys } from '../../src/core/clip/entity-keys.ts';
import { taggedText } from '../../src/core/clip/tagged-text.ts';
import { bundleFromClips, serializeBundleFile } from '../../src/core/export/index.ts';
import { simhash } from '../../src/core/fingerprint/simhash.ts';
import { mergeRetagged } from '../../src/core/review/merge-retagged.ts';
import type { ExportedClip } from '../../src/core/schemas/index.ts';
import { tagEntities } from '../../src/core/tag/index.ts';
import type { GeneratedClip } from './generate-archive.ts';

// Generated clips made whole, as the library holds them after clipping, and
// the bundle file a colleague would send. bench-data.ts caches what these make.

/** A clip of the archive as the library would hold it after clipping: tagged and fingerprinted. */
export function wholeClip(clip: GeneratedClip): ExportedClip {
  const entities = mergeRetagged([], tagEntities(taggedText(clip.lead, clip.text), { publishedAt: clip.publishedAt }));
  return { ...clip, fingerprint: simhash(clip.text.normalize('NFC')), entityKeys: entityKeys(entities), entities };
}

/** The file a colleague sends: our first `duplicates` clips among new ones, half of them under their own ids. */
export function importFileOf(clips: readonly ExportedClip[], duplicates: number, now: string): string {
  const theirs = clips.map((c, i) => (i >= duplicates / 2 && i < duplicates ? { ...c, id: `${c.id}-copy` } : c));
  return serializeBundleFile(bundleFromClips(theirs, { now, title: 'Bản tin tổng hợp', grouping: 'unit' }));
}
