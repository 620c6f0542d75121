// The search targets are set for Chromium (p95 ≤ 30 ms, index ≤ 300 MB, cold
// load ≤ 2 s at 50k clips), so this runs search-page.ts in Debian's Chromium:
// build in slices, store in IndexedDB, then close the browser and restore in
// a new one. MiniSearch runs at the smallest size only (at 50k its queries
// take seconds; bench-search.ts has its Node figures).
// Run: npx tsx scripts/bench/bench-search-chromium.ts [10000,50000]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { generateArchive } from './generate-archive.ts';

const ROOT = new URL('../../', import.meta.url);
const sizes = (process.argv[2] ?? '10000,50000').split(',').map(Number);
const largest = Math.max(...sizes);
const docsJson = JSON.stringify(generateArchive(largest).map(({ id, title, lead, text }) => ({ id, title, lead, text })));

// Modules are transpiled on request; cross-origin isolation headers give the page precise timers.
const page = `<!doctype html><meta charset="utf-8"><script type="importmap">{"imports":{"minisearch":"/minisearch.js"}}</script>`;
const server = createServer((req, res) => {
  const url = req.url ?? '/';
  const send = (type: string, body: string) => {
    res.writeHead(200, { 'content-type': type, 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
    res.end(body);
  };
  try {
    if (url === '/') return send('text/html', page);
    if (url === '/docs.json') return send('application/json', docsJson);
    if (url === '/minisearch.js') return send('text/javascript', readFileSync(new URL('node_modules/minisearch/dist/es/index.js', ROOT), 'utf8'));
    if (url.startsWith('/m/') && url.endsWith('.ts') && !url.includes('..')) {
      const source = readFileSync(new URL(url.slice(3), ROOT), 'utf8');
      const out = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true } });
      return send('text/javascript', out.outputText);
    }
  } catch {
    // fall through to 404
  }
  res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const profile = mkdtempSync(join(tmpdir(), 'bantin-bench-'));
const launch = () =>
  chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info', '--js-flags=--expose-gc --max-old-space-size=4096'],
  });
type PageModule = typeof import('./search-page.ts');
async function inPage<T>(run: (m: PageModule, arg: number) => Promise<T>, arg = 0): Promise<T> {
  const context = await launch();
  try {
    const tab = await context.newPage();
    await tab.goto(origin);
    return await tab.evaluate(
      async ([fn, a]) => {
        const url = '/m/scripts/bench/search-page.ts';
        const m = (await import(url)) as PageModule;
        return (new Function('m', 'a', `return (${fn})(m, a)`) as (m: PageModule, a: number) => Promise<T>)(m, a);
      },
      [run.toString(), arg] as const,
    );
  } finally {
    await context.close();
  }
}

const version = await (async () => {
  const c = await launch();
  const v = c.browser()?.version() ?? (await c.newPage().then((p) => p.evaluate(() => navigator.userAgent)));
  await c.close();
  return v;
})();
console.log(`Chromium ${version}; queries: 1–3 words without diacritics, top 20\n`);
const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
try {
  for (const n of sizes) {
    const built = await inPage((m, k) => m.buildOurs(k), n);
    const cold = await inPage((m) => m.coldLoad());
    const mini = n === Math.min(...sizes) ? await inPage((m, k) => m.buildMini(k), n) : undefined;
    console.log(`## ${n.toLocaleString('en')} clips (restored ${cold.size})\n`);
    console.log('| metric | SearchIndex | MiniSearch |\n|---|---:|---:|');
    const rows: [string, string, string][] = [
      ['build in ~12 ms slices (s)', f(built.buildMs / 1000), mini ? f(mini.buildMs / 1000) : '–'],
      ['longest slice (ms)', f(built.worstSlice, 0), '–'],
      ['memory after GC (MB)', f(built.heapMB), mini ? f(mini.heapMB) : '–'],
      ['of which typed arrays (MB)', f(built.typedMB), '–'],
      ['stored: records / MB', `${built.records} / ${f(built.storedMB)}`, '–'],
      ['serialize + IndexedDB write (ms)', `${f(built.serializeMs, 0)} + ${f(built.storeMs, 0)}`, '–'],
      ['cold load: IndexedDB read + restore (ms)', `${f(cold.readMs, 0)} + ${f(cold.restoreMs, 0)}`, '–'],
      ['first query after cold load (ms)', f(cold.firstQueryMs, 2), '–'],
      ['query p50 / p95 / max (ms)', `${f(built.p50, 2)} / ${f(built.p95, 2)} / ${f(built.max, 2)}`, mini ? `${f(mini.p50, 2)} / ${f(mini.p95, 2)} / ${f(mini.max, 2)}` : '–'],
      ['same, restored index (ms)', `${f(cold.p50, 2)} / ${f(cold.p95, 2)} / ${f(cold.max, 2)}`, '–'],
    ];
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    console.log('');
  }
} finally {
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
