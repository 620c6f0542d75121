import type { Figure, Target } from './report/bench-results.ts';

// Every row of the report with its target from issue 6, before it is
// measured. A workload that fails to run still gets its rows, marked "not
// measured" with the reason, so a broken bench cannot drop a row unseen.
//
// A target given as one number is checked on the median for bulk
// operations measured a few times (store, export, import) and on the p95
// for latencies people feel on every interaction (popup, tagging one
// article); where issue 6 names the percentile, that one is checked.

export type Spec = Omit<Figure, 'value' | 'baseline' | 'note' | 'error'>;

const le = (stat: Target['stat'], limit: number): Target => ({ stat, op: '<=', limit });
const ge = (limit: number): Target => ({ stat: 'median', op: '>=', limit });

export const SPECS = {
  extract: { id: 'extract.page', workload: 'Extract one corpus page (clone + Readability + clean-up + metadata)', where: 'Chromium', unit: 'ms', targets: [le('median', 25), le('p95', 60), le('ratio', 1.3)] },
  extractShipped: { id: 'extract.shipped', workload: 'extract.js as the clip injects it, once per page (compile + run)', where: 'Chromium', unit: 'ms', targets: [] },
  clip: { id: 'clip.whole', workload: 'Whole clip, shortcut to stored record, typical page', where: 'Chromium', unit: 'ms', targets: [le('p95', 150)] },
  clipFirst: { id: 'clip.first', workload: 'First clip after the worker started (builds the tagger index)', where: 'Chromium', unit: 'ms', targets: [] },
  tagChromium: { id: 'tag.chromium', workload: 'Tag text, throughput', where: 'Chromium', unit: 'MB/s', targets: [ge(10)] },
  tagChromium20k: { id: 'tag.chromium.20k', workload: 'Tag a 20 kB article', where: 'Chromium', unit: 'ms', targets: [{ stat: 'p95', op: '<', limit: 3 }] },
  tagNode: { id: 'tag.node', workload: 'Tag text, throughput', where: 'Node', unit: 'MB/s', targets: [ge(7)] },
  tagNode20k: { id: 'tag.node.20k', workload: 'Tag a 20 kB article', where: 'Node', unit: 'ms', targets: [{ stat: 'p95', op: '<', limit: 3 }] },
  store: { id: 'store.10k', workload: 'Store 10,000 clips (record, body, entities)', where: 'Chromium', unit: 's', targets: [le('median', 5)] },
  storeOne: { id: 'store.one', workload: 'Store one clip as the clip pipeline does, library of 10,000', where: 'Chromium', unit: 'ms', targets: [] },
  searchQuery: { id: 'search.query', workload: 'Search 50,000 clips, 1–3 words, top 20, diacritics folded', where: 'Chromium', unit: 'ms', targets: [le('p95', 30)] },
  searchRestored: { id: 'search.restored', workload: 'Same queries on the index restored after a browser start', where: 'Chromium', unit: 'ms', targets: [le('p95', 30)] },
  searchMemory: { id: 'search.memory', workload: 'Search index in memory, 50,000 clips', where: 'Chromium', unit: 'MB', targets: [le('median', 300)] },
  searchCold: { id: 'search.cold', workload: 'Search cold load after a browser start (IndexedDB read + restore)', where: 'Chromium', unit: 's', targets: [le('median', 2)] },
  searchBuild: { id: 'search.build', workload: 'Build the search index, 50,000 clips', where: 'Chromium', unit: 's', targets: [] },
  exportJson: { id: 'export.json', workload: 'Export 5,000 clips from the database: JSON bundle file', where: 'Chromium', unit: 's', targets: [le('median', 1.5)] },
  exportHtml: { id: 'export.html', workload: 'Export 5,000 clips from the database: HTML digest', where: 'Chromium', unit: 's', targets: [le('median', 1.5)] },
  exportCsv: { id: 'export.csv', workload: 'Export 5,000 clips from the database: CSV', where: 'Chromium', unit: 's', targets: [le('median', 1.5)] },
  importTotal: { id: 'import.total', workload: 'Import a 5,000-clip bundle, 1,000 of them already stored', where: 'Chromium', unit: 's', targets: [le('median', 8)] },
  importBlock: { id: 'import.block', workload: 'Import: longest main-thread task of the page', where: 'Chromium', unit: 'ms', targets: [le('p95', 100)] },
  popupPaint: { id: 'popup.paint', workload: 'Popup first paint', where: 'Chromium', unit: 'ms', targets: [le('p95', 100)] },
  popupInteractive: { id: 'popup.interactive', workload: 'Popup interactive', where: 'Chromium', unit: 'ms', targets: [le('p95', 200)] },
  popupCold: { id: 'popup.cold', workload: 'Popup interactive, first open after a browser start', where: 'Chromium', unit: 'ms', targets: [] },
  popupStatus: { id: 'popup.status', workload: 'Popup knows the page’s clip status', where: 'Chromium', unit: 'ms', targets: [] },
  scriptSize: { id: 'script.size', workload: 'Injected extract script, minified', where: 'Node', unit: 'KB', targets: [le('median', 60)] },
  scriptGrants: { id: 'script.grants', workload: 'Ways a page the user does not clip gets a script (production manifest)', where: 'Node', unit: 'count', targets: [le('median', 0)] },
} satisfies Record<string, Spec>;

export type SpecName = keyof typeof SPECS;

/** The rows of a workload that could not run, each saying why. */
export function notMeasured(names: SpecName[], error: unknown): Figure[] {
  const reason = error instanceof Error ? error.message : String(error);
  return names.map((name) => ({ ...(SPECS[name] as Spec), error: reason.split('\n')[0]!.slice(0, 300) }));
}
