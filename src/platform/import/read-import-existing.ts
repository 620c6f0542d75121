import { cleanUrl } from '../../core/extract/clean-url.ts';
import type { ImportExisting } from '../../core/export/plan-import.ts';
import type { BundleFile, ExportedClip } from '../../core/schemas/index.ts';
import type { BantinDb } from '../db/bantin-db.ts';
import { readExportedClipsInTransaction, toExportedClip } from '../export/read-exported-clips.ts';

// planImport compares the file with the whole library, but only the clips an
// incoming clip can match (same id, address or fingerprint) are merged, so
// only those are read whole; the rest of a 50,000-clip library is read as
// slim rows (addresses, fingerprints, ids), never its bodies.

/** What the library looked like when the plan was made; apply refuses to run on another library. */
export interface LibraryBaseline {
  clipCount: number;
  lastClipId: string | null;
  /** updatedAt of every library clip the plan merges into, to notice an edit made meanwhile. */
  updatedAt: Record<string, string>;
}

/** The address two copies of one article share, as planImport compares them. */
export const urlKey = (c: Pick<ExportedClip, 'canonicalUrl' | 'url'>) => {
  const raw = (c.canonicalUrl || c.url).trim();
  return cleanUrl(raw) ?? raw;
};

/** The library as planImport needs it for this file, read in one transaction. */
export async function readImportExisting(db: BantinDb, file: BundleFile): Promise<{ existing: ImportExisting; baseline: LibraryBaseline }> {
  const ids = new Set(file.clips.map((c) => c.id));
  const urls = new Set(file.clips.map(urlKey));
  const fingerprints = new Set(file.clips.map((c) => c.fingerprint).filter(Boolean));
  return db.transaction('r', [db.articles, db.bodies, db.clipEntities, db.bundles, db.vocabulary], async () => {
    const [rows, bundleIds, vocabularyIds] = await Promise.all([
      db.articles.toArray(),
      db.bundles.toCollection().primaryKeys(),
      db.vocabulary.toCollection().primaryKeys(),
    ]);
    const candidates = rows.filter((r) => ids.has(r.id) || urls.has(urlKey(r)) || (r.fingerprint !== '' && fingerprints.has(r.fingerprint)));
    const whole = new Map((await readExportedClipsInTransaction(db, candidates.map((r) => r.id))).map((c) => [c.id, c]));
    const clips = rows.map((r) => whole.get(r.id) ?? toExportedClip(r, undefined, []));
    const updatedAt = Object.fromEntries(candidates.map((r) => [r.id, r.updatedAt]));
    const lastClipId = rows.length ? rows[rows.length - 1]!.id : null;
    return {
      existing: { clips, bundleIds: bundleIds as string[], vocabularyIds: vocabularyIds as string[] },
      baseline: { clipCount: rows.length, lastClipId, updatedAt },
    };
  });
}
