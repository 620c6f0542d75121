import type { ClipBenchResult } from './chromium/clip-bench.ts';
import type { ExtractBenchResult } from './chromium/extract-bench.ts';
import type { PopupBenchResult } from './chromium/popup-bench.ts';
import type { SearchBenchResult } from './chromium/search-bench.ts';
import { SPECS, type Spec, type SpecName } from './figure-specs.ts';
import type { ExportBenchResult } from './in-extension/export-bench.ts';
import type { ImportRun } from './in-extension/import-bench.ts';
import type { StoreBenchResult } from './in-extension/store-bench.ts';
import type { ScriptSize } from './node-benches.ts';
import type { Figure } from './report/bench-results.ts';
import { formatNumber } from './report/format-figure.ts';
import { single, summarize, type Summary } from './report/summarize.ts';
import type { TaggerBenchResult } from './tagger-bench.ts';

// Raw results of each workload turned into report rows (figure-specs.ts
// says which rows and targets).

const row = (name: SpecName, value: Summary, extra: Partial<Figure> = {}): Figure => ({ ...(SPECS[name] as Spec), value, ...extra });
const seconds = (ms: number[]) => ms.map((x) => x / 1000);
const n = formatNumber;

export function extractFigures(r: ExtractBenchResult, reps: number): Figure[] {
  const failed = r.failedPages.length ? ` No article found on: ${r.failedPages.join(', ')}.` : '';
  return [
    row('extract', summarize(r.oursMs), {
      baseline: { label: 'plain Readability', value: summarize(r.readabilityMs) },
      note: `captureDocument (what extract.js runs) on ${r.pages} corpus pages served on 127.0.0.1, live DOM, ${reps} warm runs a page alternating with \`new Readability(document.cloneNode(true)).parse()\`.${failed}`,
    }),
    row('extractShipped', summarize(r.shippedColdMs), { note: 'the production extract.js evaluated once in each freshly loaded page, so parse and compile are included, as on a real clip.' }),
  ];
}

export function clipFigures(r: ClipBenchResult, rounds: number): Figure[] {
  const problems = r.problems.length ? ` Not a new clip, so not counted: ${r.problems.join(', ')} (two fixtures are saved copies of one article).` : '';
  return [
    row('clip', summarize(r.ms), {
      note: `the e2e build's shortcut handler (bantinClipCommand) called in the service worker on each corpus page served on 127.0.0.1, ${rounds} rounds, timed in the worker until the outcome, which comes after the record, body and entities are committed; the library is emptied between rounds. The session's first clip is the next row.${problems}`,
    }),
    row('clipFirst', single(r.firstMs), { note: 'the first clip after the service worker started also builds the gazetteer index of the tagger; a worker stopped after 30 s idle pays it again.' }),
  ];
}

export function taggerFigures(where: 'Chromium' | 'Node', r: TaggerBenchResult): Figure[] {
  const [rate, article] = where === 'Chromium' ? (['tagChromium', 'tagChromium20k'] as const) : (['tagNode', 'tagNode20k'] as const);
  const cpu = r.mbPerCpuS ? ` (${n(r.mbPerCpuS)} MB per CPU second: the one-core figure when other processes share the cores)` : '';
  return [
    row(rate, single(r.mbPerS), {
      note: `${r.articles} articles of ~20 kB (${n(r.totalMB)} MB UTF-8) recombined from the 26 corpus texts, after a warm-up, wall clock${cpu}; first call, building the gazetteer index, ${n(r.firstCallMs)} ms; one ${n(r.big.mb)} MB text at ${n(r.big.mb / r.big.seconds)} MB/s.`,
    }),
    row(article, summarize(r.perArticleMs)),
  ];
}

export function storeFigures(r: StoreBenchResult): Figure[] {
  return [
    row('store', summarize(seconds(r.oursMs)), {
      baseline: { label: 'one Dexie bulkAdd into a bare table', value: summarize(seconds(r.bareMs)) },
      note: `${r.clips.toLocaleString('en')} generated clips with ${r.entities.toLocaleString('en')} tagger entities, written by the platform's bulk write (applyImportPlan: clip rows with facet keys, bodies, entity rows, one transaction) into an empty library; the baseline stores the same whole records, entities inside, with one bulkAdd into a table with only a primary key. Fresh database each run.`,
    }),
    row('storeOne', summarize(r.perClipMs), { note: 'saveClipContent (record, body, entities, same-story cache; one transaction) as the background stores a new clip, into the library of the row above.' }),
  ];
}

export function searchFigures(r: SearchBenchResult): Figure[] {
  const mini = r.mini;
  const miniNote = mini ? `MiniSearch (same docs, same foldText, AND with prefix on the last word, title/lead boosts) built in ${n(mini.buildMs / 1000)} s, queried within a time budget (${mini.samples.length} queries)` : `MiniSearch failed: ${r.miniError ?? 'unknown'}`;
  const figures: Figure[] = [
    row('searchQuery', summarize(r.ours.samples), {
      ...(mini ? { baseline: { label: 'MiniSearch', value: summarize(mini.samples) } } : {}),
      note: `the 24 queries of bench-queries.ts (1–3 words typed without diacritics, one-letter and common prefixes) on ${r.clips.toLocaleString('en')} generated clips; ${miniNote}.`,
    }),
    row('searchMemory', single(r.ours.indexMB), {
      ...(mini ? { baseline: { label: 'MiniSearch', value: single(mini.heapMB) } } : {}),
      note: `JS heap growth after gc (--enable-precise-memory-info) plus the index's typed arrays (${n(r.ours.typedMB)} MB); stored in IndexedDB as ${r.ours.records} records, ${n(r.ours.storedMB)} MB.`,
    }),
    row('searchBuild', single(r.ours.buildMs / 1000), {
      ...(mini ? { baseline: { label: 'MiniSearch, in one go', value: single(mini.buildMs / 1000) } } : {}),
      note: `SearchIndex built in slices of ~12 ms yielding to the page (longest slice ${n(r.ours.worstSlice)} ms).`,
    }),
  ];
  if (r.cold) {
    figures.push(
      row('searchCold', single((r.cold.readMs + r.cold.restoreMs) / 1000), { note: `a new browser on the same profile: IndexedDB read ${n(r.cold.readMs)} ms (the profile's first open included) + restore ${n(r.cold.restoreMs)} ms; first query ${n(r.cold.firstQueryMs)} ms.` }),
      row('searchRestored', summarize(r.cold.samples)),
    );
  }
  return figures;
}

export function exportFigures(r: ExportBenchResult): Figure[] {
  const one = (name: SpecName, format: string) =>
    row(name, summarize(seconds(r.ms[format] ?? [])), {
      note: `readBundleWithClips + renderExport('${format}') + Blob for a bundle of ${r.clips.toLocaleString('en')} clips grouped by unit, from the stored library of 10,000 (${n((r.bytes[format] ?? 0) / 2 ** 20)} MB file; longest main-thread stall ${n(r.longestGapMs[format] ?? NaN)} ms; last run: read ${n(r.phases?.[format]?.readMs ?? NaN)} ms, render ${n(r.phases?.[format]?.renderMs ?? NaN)} ms, Blob ${n(r.phases?.[format]?.blobMs ?? NaN)} ms).`,
    });
  return [one('exportJson', 'json'), one('exportHtml', 'html'), one('exportCsv', 'csv')];
}

export function importFigures(runs: ImportRun[]): Figure[] {
  const last = runs.at(-1)!;
  const stages = Object.entries(last.stages).map(([s, ms]) => `${s} at ${n(ms)} ms`).join(', ');
  const where = runs.every((r) => r.inWorker) ? 'in the import worker' : 'IN THE PAGE: the worker did not answer';
  return [
    row('importTotal', summarize(seconds(runs.map((r) => r.totalMs))), {
      note: `an import session (openImportSession, ${where}) prepares the file (${stages}), then applies the plan in one transaction; ${last.newClips} new clips, ${last.duplicates} duplicates (half by id, half by address under another id); prepare ${n(last.prepareMs / 1000)} s + apply ${n(last.applyMs / 1000)} s in the last run.`,
    }),
    row('importBlock', summarize(runs.map((r) => r.longestTaskMs)), {
      note: `the longest task on the page's main thread during the import (Long Tasks API, which reports tasks over 50 ms; 0 when there was none): ${runs.map((r) => r.longTasks).join(', ')} long tasks per run; the longest gap of a 10 ms heartbeat, which also counts time the machine gave the page no core, was ${n(Math.max(...runs.map((r) => r.longestGapMs)))} ms. "Responsive" is taken as no task over 100 ms (an input answered within 100 ms).`,
    }),
  ];
}

export function popupFigures(r: PopupBenchResult): Figure[] {
  return [
    row('popupPaint', summarize(r.firstPaintMs), {
      baseline: { label: 'a static extension page (text, no script)', value: summarize(r.staticPageMs) },
      note: 'popup.html opened in a foreground tab at popup size: first-contentful-paint of its performance timeline, from navigation start; the baseline opened the same way, interleaved.',
    }),
    row('popupInteractive', summarize(r.interactiveMs), {
      baseline: { label: 'first paint of that static page', value: summarize(r.staticPageMs) },
      note: 'the shell renders with the clip button enabled and listening, then marks bantin:popup-rendered: interactive = max(first contentful paint, that mark).',
    }),
    row('popupCold', single(r.cold.interactiveMs), { note: `first popup after the browser started: first paint ${n(r.cold.firstPaintMs)} ms.` }),
    row('popupStatus', summarize(r.statusKnownMs), { note: 'bantin:popup-status, with the popup opened over a served corpus page as the e2e suite does (it asks the background, which looks the address up in IndexedDB).' }),
  ];
}

export function scriptFigures(r: ScriptSize): Figure[] {
  return [
    row('scriptSize', single(r.extractKB), {
      baseline: { label: 'Readability alone (esbuild, minified)', value: single(r.readabilityKB) },
      note: `.output/chrome-mv3/extract.js of the production build, KB of 1,024 bytes (${n(r.extractGzipKB)} KB gzipped).`,
    }),
    row('scriptGrants', single(r.injectionGrants.length), {
      note: `content_scripts and host permissions in the production manifest${r.injectionGrants.length ? `: ${r.injectionGrants.join(', ')}` : ': none; extract.js is injected into the clipped tab only, under activeTab'}.`,
    }),
  ];
}
