import { buildMini, buildOurs, coldLoad } from '../search-page.ts';
import { runTaggerBench, type TaggerBenchResult } from '../tagger-bench.ts';
import { exportBench } from './export-bench.ts';
import { importBench } from './import-bench.ts';
import { getBantinDb } from '../../../src/platform/db/open-db.ts';
import { emptyLibrary, fetchJson } from './library-fixtures.ts';
import { storeBench } from './store-bench.ts';

// The bench page of the extension (bench/bench.html in the bench copy of the
// e2e build, see bench-extension.ts): the platform and core code under test
// runs here with the extension's origin, IndexedDB and CSP. The Node side
// calls these through page.evaluate.

async function tagger(options: { textsUrl: string; articles: number }): Promise<TaggerBenchResult> {
  return runTaggerBench(await fetchJson<string[]>(options.textsUrl), { articles: options.articles });
}

/** The extension's own library emptied (between rounds of the clip bench). */
const emptyOwnLibrary = () => emptyLibrary(getBantinDb());

export const benchApi = { tagger, storeBench, exportBench, importBench, buildOurs, coldLoad, buildMini, emptyOwnLibrary };
export type BenchApi = typeof benchApi;

Object.assign(globalThis, { bantinBench: benchApi });
