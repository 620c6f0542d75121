import type { ExportedClip } from '../../../src/core/schemas/index.ts';
import { getBantinDb } from '../../../src/platform/db/open-db.ts';
import { openImportSession } from '../../../src/platform/import/import-session.ts';
import { emptyLibrary, fetchJson, storeClips, watchMainThread } from './library-fixtures.ts';

// Importing a colleague's 5,000-clip bundle file into a library that holds
// 1,000 of its clips already, as the import dialog does (useImport): an
// import session prepares the file (read, checked, compared, planned) and,
// right after, applies it in one transaction, both in the import worker.
// The page's main thread is watched throughout.

export interface ImportRun {
  totalMs: number;
  prepareMs: number;
  applyMs: number;
  stages: Record<string, number>;
  longestGapMs: number;
  longTasks: number;
  longestTaskMs: number;
  newClips: number;
  duplicates: number;
  /** False when the worker could not run and the page prepared the file itself. */
  inWorker: boolean;
}

/** Counts the replies a page gets from workers it starts, so a silent fallback to the page shows. */
function countWorkerReplies(): () => number {
  let replies = 0;
  const Native = globalThis.Worker;
  globalThis.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', () => replies++);
    }
  };
  return () => replies;
}

/** Up to `runs` imports while within `budgetMs` (one at least), each into the same 1,000-clip library. */
export async function importBench(options: { clipsUrl: string; fileUrl: string; libraryClips: number; runs: number; budgetMs: number }): Promise<ImportRun[]> {
  const seed = (await fetchJson<ExportedClip[]>(options.clipsUrl)).slice(0, options.libraryClips);
  const fileBlob = await (await fetch(options.fileUrl)).blob();
  const replies = countWorkerReplies();
  const db = getBantinDb();
  const runs: ImportRun[] = [];
  const start = performance.now();
  for (let r = 0; r < options.runs && (r === 0 || performance.now() - start < options.budgetMs); r++) {
    await emptyLibrary(db);
    await storeClips(db, seed);
    const before = replies();
    const stages: Record<string, number> = {};
    const t0 = performance.now();
    let prepareMs = 0;
    let totalMs = 0;
    const watched = await watchMainThread(async () => {
      const session = openImportSession();
      try {
        const prepared = await session.prepare(new File([fileBlob], 'ban-tin.bantin.json', { type: 'application/json' }), (stage) => (stages[stage] = performance.now() - t0));
        if (!prepared.ok) throw new Error(`the import file was refused: ${prepared.error} ${prepared.detail ?? ''}`);
        prepareMs = performance.now() - t0;
        const applied = await session.apply();
        if (!applied.ok) throw new Error(`the import was not applied: ${applied.code}`);
        totalMs = performance.now() - t0;
        return prepared.preview.summary;
      } finally {
        session.close();
      }
    });
    runs.push({
      totalMs,
      prepareMs,
      applyMs: totalMs - prepareMs,
      stages,
      longestGapMs: watched.longestGapMs,
      longTasks: watched.longTasks,
      longestTaskMs: watched.longestTaskMs,
      newClips: watched.result.newClips,
      duplicates: watched.result.duplicates,
      inWorker: replies() > before,
    });
  }
  await emptyLibrary(db);
  return runs;
}
