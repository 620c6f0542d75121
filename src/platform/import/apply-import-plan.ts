import { entityKeys } from '../../core/clip/entity-keys.ts';
import type { ImportPlan } from '../../core/export/plan-import.ts';
import type { ExportedClip } from '../../core/schemas/index.ts';
import type { BantinDb } from '../db/bantin-db.ts';
import { toClipRow } from '../db/clip-row.ts';
import { newEntityList } from '../db/entity-list.ts';
import { reserveEntitySeqs } from '../db/entity-seq.ts';
import { isQuotaError } from '../db/storage-errors.ts';
import type { LibraryBaseline } from './read-import-existing.ts';

// An import is all or nothing: every table it touches (clips, bodies,
// entities, bundles, vocabulary) is written in ONE transaction, so a full disk or any failure half-way rolls everything
// back and the library is exactly as it was. Rows are built before the
// transaction opens: inside it only IndexedDB requests are awaited, or it
// would commit early. The same-story cache in `meta` needs nothing: it is
// rebuilt whenever its size disagrees with the fingerprinted clips.

export type ImportApplyErrorCode = 'library-changed' | 'storage-full' | 'unknown';

export class ImportApplyError extends Error {
  override readonly name = 'ImportApplyError';
  constructor(
    readonly code: ImportApplyErrorCode,
    options?: { cause?: unknown },
  ) {
    super(code, options);
  }
}

export interface AppliedImport {
  newClipIds: string[];
  updatedClipIds: string[];
  bundleIds: string[];
  vocabulary: number;
}

/** The stored row of an imported clip: facet keys from its entities, story links in library ids. */
function clipRow(clip: ExportedClip, idMap: Record<string, string>) {
  const { text: _text, html: _html, entities, ...rest } = clip;
  const to = (id: string) => idMap[id] ?? id;
  const links = {
    ...(rest.storyOf ? { storyOf: to(rest.storyOf) } : {}),
    ...(rest.alsoOn ? { alsoOn: rest.alsoOn.map((a) => ({ ...a, clipId: to(a.clipId) })).filter((a) => a.clipId !== clip.id) } : {}),
  };
  const { storyOf: _storyOf, alsoOn: _alsoOn, ...plain } = rest;
  return toClipRow({ ...plain, ...links, entityKeys: entityKeys(entities) });
}

function failure(error: unknown): ImportApplyError {
  if (error instanceof ImportApplyError) return error;
  if (isQuotaError(error)) return new ImportApplyError('storage-full', { cause: error });
  // A clip, bundle or vocabulary id taken since the preview: bulkAdd refused it.
  const names = [error, (error as { inner?: unknown })?.inner].map((e) => (e as { name?: unknown } | undefined)?.name);
  if (names.includes('ConstraintError') || names.includes('BulkError')) return new ImportApplyError('library-changed', { cause: error });
  return new ImportApplyError('unknown', { cause: error });
}

async function checkBaseline(db: BantinDb, baseline: LibraryBaseline): Promise<void> {
  const ids = Object.keys(baseline.updatedAt);
  const [count, last, rows] = await Promise.all([
    db.articles.count(),
    db.articles.orderBy(':id').lastKey(),
    db.articles.bulkGet(ids),
  ]);
  const edited = rows.some((r, i) => r?.updatedAt !== baseline.updatedAt[ids[i]!]);
  if (count !== baseline.clipCount || (last ?? null) !== baseline.lastClipId || edited) throw new ImportApplyError('library-changed');
}

/** Rows per write request: big enough to be fast, small enough to report progress and keep memory flat. */
const SLICE = 500;

export interface ApplyOptions {
  /** Rows written so far (clips, bodies, entities, bundles, vocabulary) and in all. */
  onProgress?: (done: number, total: number) => void;
}

/** Applies a previewed plan in one transaction; throws ImportApplyError, having written nothing. */
export async function applyImportPlan(db: BantinDb, prepared: { plan: ImportPlan; baseline: LibraryBaseline }, options: ApplyOptions = {}): Promise<AppliedImport> {
  const { plan, baseline } = prepared;
  const newRows = plan.newClips.map((c) => clipRow(c, plan.idMap));
  const newBodies = plan.newClips.map((c) => ({ id: c.id, text: c.text, html: c.html }));
  const updatedRows = plan.updatedClips.map((c) => clipRow(c, plan.idMap));
  // Each clip's entities are one list row (entity-list.ts); the seqs are reserved in the transaction.
  const withEntities = [...plan.newClips, ...plan.updatedClips];
  const updatedIds = plan.updatedClips.map((c) => c.id);
  const newIds = new Set(newRows.map((r) => r.id));
  const total = newRows.length + newBodies.length + updatedRows.length + withEntities.length + plan.bundles.length + plan.vocabulary.length;
  let done = 0;
  // Awaiting IndexedDB requests keeps the transaction open, so the writes can go in slices.
  const write = async <T>(rows: T[], put: (slice: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += SLICE) {
      const slice = rows.slice(i, i + SLICE);
      await put(slice);
      done += slice.length;
      options.onProgress?.(done, total);
    }
  };
  const linked = [...new Set(newRows.flatMap((r) => [r.storyOf ?? '', ...(r.alsoOn ?? []).map((a) => a.clipId)]))].filter((id) => id && !newIds.has(id));
  try {
    await db.transaction('rw', [db.articles, db.bodies, db.clipEntities, db.bundles, db.vocabulary, db.meta], async () => {
      await checkBaseline(db, baseline);
      // Story links to clips neither in the file nor in this library would point nowhere.
      const present = new Set((await db.articles.bulkGet(linked)).filter((r) => r !== undefined).map((r) => r.id));
      const known = (id: string) => newIds.has(id) || present.has(id);
      for (const row of newRows) {
        if (row.storyOf && !known(row.storyOf)) delete row.storyOf;
        if (row.alsoOn) row.alsoOn = row.alsoOn.filter((a) => known(a.clipId));
      }
      await write(newRows, (rows) => db.articles.bulkAdd(rows));
      await write(newBodies, (rows) => db.bodies.bulkPut(rows));
      await write(updatedRows, (rows) => db.articles.bulkPut(rows));
      const seq = await reserveEntitySeqs(db, withEntities.length);
      const lists = withEntities.map((c, i) => newEntityList(c.id, seq + i, c.entities));
      await write(lists, (rows) => db.clipEntities.bulkPut(rows));
      await write(plan.bundles, (rows) => db.bundles.bulkAdd(rows));
      await write(plan.vocabulary, (rows) => db.vocabulary.bulkAdd(rows));
    });
  } catch (error) {
    throw failure(error);
  }
  return { newClipIds: [...newIds], updatedClipIds: updatedIds, bundleIds: plan.bundles.map((b) => b.id), vocabulary: plan.vocabulary.length };
}
