import { BantinDb } from '../../../src/platform/db/bantin-db.ts';
import { createBundleFromClipIds } from '../../../src/platform/bundles/create-bundle.ts';
import { bodiesFor, FORMAT_FILE, type ExportFormat } from '../../../src/platform/export/export-formats.ts';
import { readBundleWithClips } from '../../../src/platform/export/read-exported-clips.ts';
import { renderExport } from '../../../src/platform/export/render-export.ts';
import { watchMainThread } from './library-fixtures.ts';

// Exporting a bundle of 5,000 clips end to end from the database, as the
// bundle composer does: the bundle and its whole clips read in one
// transaction, the format rendered in slices, the file made as a Blob (the
// download itself is the browser's). Timed per format and run.

export interface ExportBenchResult {
  clips: number;
  ms: Record<string, number[]>;
  bytes: Record<string, number>;
  longestGapMs: Record<string, number>;
  /** Per format, the last run split into reading the database, rendering the parts and making the Blob (ms). */
  phases: Record<string, { readMs: number; renderMs: number; blobMs: number }>;
}

/** Up to `runs` rounds of every format while within `budgetMs` (one round at least). */
export async function exportBench(options: { dbName: string; clips: number; formats: ExportFormat[]; runs: number; budgetMs: number }): Promise<ExportBenchResult> {
  const db = new BantinDb(options.dbName);
  // The clips stored by the store bench, not the copies its per-clip part added.
  const ids = (await db.articles.orderBy(':id').primaryKeys()).filter((id) => !id.endsWith('-again')).slice(0, options.clips);
  const bundle = await createBundleFromClipIds(db, ids, { title: 'Bản tin thử', grouping: 'unit', titles: { other: 'Tin khác', manual: 'Tin bài' } });
  const ms: Record<string, number[]> = {};
  const bytes: Record<string, number> = {};
  const longestGapMs: Record<string, number> = {};
  const phases: ExportBenchResult['phases'] = {};
  const start = performance.now();
  for (let r = 0; r < options.runs && (r === 0 || performance.now() - start < options.budgetMs); r++) {
    for (const format of options.formats) {
      const t = performance.now();
      const watched = await watchMainThread(async () => {
        // As the export panel reads: bodies only for the formats that print them.
        const t0 = performance.now();
        const source = await readBundleWithClips(db, bundle.id, { bodies: bodiesFor(format) });
        if (!source) throw new Error('the bundle is gone');
        const t1 = performance.now();
        const parts = await renderExport(format, source, { lang: 'vi' });
        const t2 = performance.now();
        const blob = new Blob(parts, { type: FORMAT_FILE[format].type });
        phases[format] = { readMs: t1 - t0, renderMs: t2 - t1, blobMs: performance.now() - t2 };
        return blob;
      });
      (ms[format] ??= []).push(performance.now() - t);
      bytes[format] = watched.result.size;
      longestGapMs[format] = Math.max(longestGapMs[format] ?? 0, watched.longestGapMs);
    }
  }
  db.close();
  return { clips: ids.length, ms, bytes, longestGapMs, phases };
}
