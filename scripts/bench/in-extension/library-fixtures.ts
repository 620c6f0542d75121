import { planImport } from '../../../src/core/export/plan-import.ts';
import { FORMAT_VERSION, type ExportedClip } from '../../../src/core/schemas/index.ts';
import type { BantinDb } from '../../../src/platform/db/bantin-db.ts';
import { applyImportPlan, type AppliedImport } from '../../../src/platform/import/apply-import-plan.ts';

// Filling and emptying a library for the benches that run in the bench page
// of the extension. Clips are written through the platform's own bulk write
// (applyImportPlan: rows with facet keys, bodies, entities, one transaction).

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** Every table emptied, in one transaction (the background may hold the database open). */
export async function emptyLibrary(db: BantinDb): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}

/** Stores `clips` into an empty library as one import of a backup would. */
export async function storeClips(db: BantinDb, clips: ExportedClip[]): Promise<AppliedImport> {
  const plan = planImport(
    { format: 'bantin-bundle', formatVersion: FORMAT_VERSION, scope: 'backup', exportedAt: new Date().toISOString(), generator: 'bench', bundles: [], clips, vocabulary: [] },
    { clips: [], bundleIds: [] },
  );
  return applyImportPlan(db, { plan, baseline: { clipCount: 0, lastClipId: null, updatedAt: {} } });
}

/** The main thread's longest stall while `work` runs: a 10 ms heartbeat and the Long Tasks API. */
export async function watchMainThread<T>(work: () => Promise<T>): Promise<{ result: T; longestGapMs: number; longTasks: number; longestTaskMs: number }> {
  const PERIOD = 10;
  let last = performance.now();
  let longestGapMs = 0;
  const beat = setInterval(() => {
    const now = performance.now();
    longestGapMs = Math.max(longestGapMs, now - last - PERIOD);
    last = now;
  }, PERIOD);
  let longTasks = 0;
  let longestTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks++;
      longestTaskMs = Math.max(longestTaskMs, entry.duration);
    }
  });
  observer.observe({ type: 'longtask' });
  try {
    const result = await work();
    // The last beat tells how long the final stretch of work held the thread.
    await new Promise((r) => setTimeout(r, PERIOD * 2));
    return { result, longestGapMs: Math.max(0, longestGapMs), longTasks, longestTaskMs };
  } finally {
    clearInterval(beat);
    observer.disconnect();
  }
}
