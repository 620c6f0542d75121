import Dexie from 'dexie';
import type { ExportedClip } from '../../../src/core/schemas/index.ts';
import { BantinDb } from '../../../src/platform/db/bantin-db.ts';
import { saveClipContent } from '../../../src/platform/db/clips-repository.ts';
import { fetchJson, storeClips } from './library-fixtures.ts';

// Storing 10,000 whole clips (record with facet keys, body, entities)
// through the platform's bulk write, against the floor of what IndexedDB
// can do with the same records: one Dexie bulkAdd into a table with a
// primary key and no other index. Then the clip pipeline's own write, one
// clip per transaction (saveClipContent), into the filled library.

export interface StoreBenchResult {
  clips: number;
  entities: number;
  oursMs: number[];
  bareMs: number[];
  /** saveClipContent of one clip, library already holding `clips`. */
  perClipMs: number[];
  /** The library left filled for the export bench. */
  dbName: string;
}

const now = () => performance.now();

async function timeBare(name: string, clips: ExportedClip[]): Promise<number> {
  const bare = new Dexie(name);
  bare.version(1).stores({ clips: 'id' });
  await bare.open();
  const t = now();
  await bare.table('clips').bulkAdd(clips);
  const ms = now() - t;
  bare.close();
  await Dexie.delete(name);
  return ms;
}

async function timeOurs(name: string, clips: ExportedClip[]): Promise<number> {
  await Dexie.delete(name);
  const db = new BantinDb(name);
  await db.open();
  const t = now();
  await storeClips(db, clips);
  const ms = now() - t;
  db.close();
  return ms;
}

/** Up to `runs` runs while within `budgetMs` (one at least); up to `perClip` single clips within 20 s (ten at least). */
export async function storeBench(options: { clipsUrl: string; runs: number; perClip: number; budgetMs: number }): Promise<StoreBenchResult> {
  const all = await fetchJson<ExportedClip[]>(options.clipsUrl);
  const dbName = 'bench-store';
  const oursMs: number[] = [];
  const bareMs: number[] = [];
  const start = now();
  for (let r = 0; r < options.runs && (r === 0 || now() - start < options.budgetMs); r++) {
    // Alternate which goes first, so neither always meets a warmer disk cache.
    if (r % 2 === 0) {
      oursMs.push(await timeOurs(dbName, all));
      bareMs.push(await timeBare(`bench-bare-${r}`, all));
    } else {
      bareMs.push(await timeBare(`bench-bare-${r}`, all));
      oursMs.push(await timeOurs(dbName, all));
    }
  }
  const db = new BantinDb(dbName);
  const perClipMs: number[] = [];
  const singles = now();
  for (const c of all.slice(0, options.perClip)) {
    if (perClipMs.length >= 10 && now() - singles > 20_000) break;
    const { text, html, entities, ...clip } = c;
    const id = `${c.id}-again`;
    const t = now();
    await saveClipContent(db, { clip: { ...clip, id }, body: { id, text, html }, entities });
    perClipMs.push(now() - t);
  }
  db.close();
  return { clips: all.length, entities: all.reduce((n, c) => n + c.entities.length, 0), oursMs, bareMs, perClipMs, dbName };
}
