// `npm run bench` (through scripts/bench.mjs): every figure of issue 6 with
// its baseline measured in the same run, in Node and in headless Chromium
// with the built extension; prints the table, writes test-output/bench.json
// and BENCHMARKS.md. Never fails on time: a missed target is a line in the
// report. `--quick` runs small sizes and writes only the JSON (for working
// on the bench itself); `--no-build` measures the builds on disk as they are.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_BUILD_DIR, PRODUCTION_BUILD_DIR, REPO_ROOT } from '../../test/e2e/support/extension-build.ts';
import { startPageServer } from '../../test/e2e/support/page-server.ts';
import { prepareBenchData } from './bench-data.ts';
import { DATA_URLS, makeBenchExtension } from './bench-extension.ts';
import { launchBenchBrowser } from './chromium/bench-browser.ts';
import { clipBench } from './chromium/clip-bench.ts';
import { extractBench, readShippedExtractScript } from './chromium/extract-bench.ts';
import { popupBench } from './chromium/popup-bench.ts';
import { searchBench } from './chromium/search-bench.ts';
import { ensureBuilds, snapshotBuild } from './ensure-builds.ts';
import { notMeasured, type SpecName } from './figure-specs.ts';
import { machineFacts } from './machine-facts.ts';
import { extractionQuality, nodeTagger, scriptSize } from './node-benches.ts';
import type { BenchResults, Figure } from './report/bench-results.ts';
import { formatMarkdown, formatTerminal } from './report/format-report.ts';
import * as to from './to-figures.ts';

const quick = process.argv.includes('--quick');
// `--only=popup,clip,store` runs just those workloads (for working on one of
// them); such a run writes the JSON and never BENCHMARKS.md.
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : undefined;
const wanted = (name: string) => !only || only.has(name);
const SIZES = quick
  ? { searchClips: 5_000, storeClips: 2_000, importClips: 1_000, importDuplicates: 200 }
  : { searchClips: 50_000, storeClips: 10_000, importClips: 5_000, importDuplicates: 1_000 };
const RUNS = quick ? { extractReps: 4, clipRounds: 1, popupOpens: 4, bulk: 2, bulkBudgetMs: 20_000, perClip: 50, taggerArticles: 40, miniBudgetMs: 5_000 } : { extractReps: 8, clipRounds: 3, popupOpens: 10, bulk: 3, bulkBudgetMs: 30_000, perClip: 200, taggerArticles: 150, miniBudgetMs: 20_000 };

const started = performance.now();
const startFacts = machineFacts();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = (s: string) => console.log(s);
const figures: Figure[] = [];
const notes: string[] = [];

/** Runs one workload; a failure becomes "not measured" rows instead of ending the bench. */
async function attempt<T>(label: string, names: SpecName[], run: () => Promise<T> | T, toRows: (r: T) => Figure[], key?: string): Promise<T | undefined> {
  if (key && !wanted(key)) return undefined;
  log(`${label} (${elapsed()})`);
  try {
    const result = await run();
    figures.push(...toRows(result));
    return result;
  } catch (error) {
    log(`  failed: ${error instanceof Error ? error.message : String(error)}`);
    figures.push(...notMeasured(names, error));
    return undefined;
  }
}

log('Builds');
const builds = process.argv.includes('--no-build') ? { e2e: { dir: E2E_BUILD_DIR }, production: { dir: PRODUCTION_BUILD_DIR } } : ensureBuilds(log);
for (const b of [builds.e2e, builds.production]) if ('stale' in b && b.stale) notes.push(`The build in ${b.dir} is older than the sources (${b.stale}).`);
// The production build is read twice (size, then the script the extraction bench evaluates): from one copy.
const productionDir = await snapshotBuild(builds.production.dir, join(REPO_ROOT, 'test-output/bench/production')).catch((error: unknown) => {
  notes.push(`The production build could not be copied: ${error instanceof Error ? error.message : String(error)}`);
  return builds.production.dir;
});
log(`Data (${elapsed()})`);
const data = prepareBenchData(join(REPO_ROOT, 'test-output/bench/cache'), SIZES, log);

await attempt('Injected script size', ['scriptSize', 'scriptGrants'], () => scriptSize(productionDir), to.scriptFigures, 'script');
await attempt('Tagger in Node', ['tagNode', 'tagNode20k'], nodeTagger, (r) => to.taggerFigures('Node', r), 'tag');
const quality = !wanted('quality') ? { pages: 0, rows: [], error: 'not run (--only)' } : await (async () => {
  log(`Extraction quality (${elapsed()})`);
  try {
    return extractionQuality();
  } catch (error) {
    return { pages: 0, rows: [], error: error instanceof Error ? error.message : String(error) };
  }
})();

const SESSION_ROWS: SpecName[] = ['popupPaint', 'popupInteractive', 'popupCold', 'popupStatus', 'extract', 'extractShipped', 'clip', 'clipFirst', 'tagChromium', 'tagChromium20k', 'store', 'storeOne', 'exportJson', 'exportHtml', 'exportCsv', 'importTotal', 'importBlock'];
const SEARCH_ROWS: SpecName[] = ['searchQuery', 'searchMemory', 'searchBuild', 'searchCold', 'searchRestored'];
let chromium = 'not started';
const extensionDir = await makeBenchExtension(builds.e2e.dir, join(REPO_ROOT, 'test-output/bench/extension'), data).catch((error: unknown) => {
  figures.push(...notMeasured([...SESSION_ROWS, ...SEARCH_ROWS], error));
  return undefined;
});
if (extensionDir) {
  const server = await startPageServer();
  try {
    const browser = await launchBenchBrowser(extensionDir);
    chromium = browser.version;
    try {
      await attempt('Popup', ['popupPaint', 'popupInteractive', 'popupCold', 'popupStatus'], () => popupBench(browser.bantin, server, RUNS.popupOpens), to.popupFigures, 'popup');
      const shipped = readShippedExtractScript(productionDir);
      await attempt('Extraction on the corpus pages', ['extract', 'extractShipped'], () => extractBench(browser.bantin, server, shipped, { reps: RUNS.extractReps, warmup: 2 }), (r) => to.extractFigures(r, RUNS.extractReps), 'extract');
      await attempt('Whole clip through the shortcut handler', ['clip', 'clipFirst'], () => clipBench(browser, server, RUNS.clipRounds), (r) => to.clipFigures(r, RUNS.clipRounds), 'clip');
      await attempt('Tagger in Chromium', ['tagChromium', 'tagChromium20k'], () => browser.run('tagger', { textsUrl: DATA_URLS.taggerTexts, articles: RUNS.taggerArticles }), (r) => to.taggerFigures('Chromium', r), 'tag');
      const stored = await attempt(`Store ${SIZES.storeClips} clips`, ['store', 'storeOne'], () => browser.run('storeBench', { clipsUrl: DATA_URLS.clips, runs: RUNS.bulk, budgetMs: RUNS.bulkBudgetMs, perClip: RUNS.perClip }), to.storeFigures, wanted('export') ? undefined : 'store');
      await attempt(`Export ${SIZES.importClips} clips`, ['exportJson', 'exportHtml', 'exportCsv'], () => {
        if (!stored) throw new Error('no stored library (the store bench failed)');
        return browser.run('exportBench', { dbName: stored.dbName, clips: SIZES.importClips, formats: ['json', 'html', 'csv'], runs: RUNS.bulk, budgetMs: RUNS.bulkBudgetMs });
      }, to.exportFigures, 'export');
      await attempt(`Import ${SIZES.importClips} clips`, ['importTotal', 'importBlock'], () => browser.run('importBench', { clipsUrl: DATA_URLS.clips, fileUrl: DATA_URLS.importFile, libraryClips: SIZES.importDuplicates, runs: RUNS.bulk, budgetMs: RUNS.bulkBudgetMs }), to.importFigures, 'import');
    } finally {
      await browser.close();
    }
  } catch (error) {
    // Rows a workload already reported stay; the others say why they are missing.
    const reported = new Set(figures.map((f) => f.id));
    figures.push(...notMeasured(SESSION_ROWS, error).filter((f) => !reported.has(f.id)));
  } finally {
    await server.close();
  }
  await attempt(`Search ${SIZES.searchClips} clips`, SEARCH_ROWS, () => searchBench(extensionDir, SIZES.searchClips, RUNS.miniBudgetMs, log), to.searchFigures, 'search');
}

const endFacts = machineFacts();
const results: BenchResults = {
  machine: { ...startFacts, chromium, loadEnd: endFacts.loadStart },
  durationS: (performance.now() - started) / 1000,
  figures,
  quality,
  notes: [
    'Archives are generated deterministically from the corpus texts (scripts/bench/generate-archive.ts: real headlines, leads and sentences recombined, figures redrawn), tagged and fingerprinted in Node as the clip pipeline would (bench-data.ts).',
    'Browser figures run in a copy of the e2e build with one extra page, bench/bench.html (bench-extension.ts), so the code under test has the extension\'s origin, IndexedDB and CSP; the shipped builds do not contain that page.',
    'A target given as one number is checked on the median for bulk operations measured a few times (store, export, import) and on the p95 for latencies felt on every interaction; p95 is by nearest rank, so with few samples it is the slowest run.',
    ...notes,
  ],
};
mkdirSync(join(REPO_ROOT, 'test-output'), { recursive: true });
writeFileSync(join(REPO_ROOT, 'test-output/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${formatTerminal(results)}\n`);
if (!quick && !only) {
  writeFileSync(join(REPO_ROOT, 'BENCHMARKS.md'), formatMarkdown(results));
  log(`BENCHMARKS.md written (${elapsed()}).`);
} else {
  log(`--quick: test-output/bench.json only (${elapsed()}).`);
}
