// Library storage benchmark: the repository queries of src/platform/db on a
// synthetic library, in Chromium's real IndexedDB (default) or fake-indexeddb
// in Node (--node). Run: npx tsx scripts/bench/bench-library.ts [50000] [--node]
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { fakeIndexedDb } from '../../src/platform/db/testing/fake-db.ts';
import { BantinDb } from '../../src/platform/db/bantin-db.ts';
import { runLibraryBench } from './library-bench.ts';

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 50_000);
const print = (where: string, figures: Record<string, number>) => {
  console.log(`\n${where}, ${n} clips`);
  for (const [name, ms] of Object.entries(figures)) console.log(`  ${name.padEnd(52)} ${ms.toFixed(1)}`);
};

if (process.argv.includes('--node')) {
  print('fake-indexeddb in Node', await runLibraryBench(new BantinDb('bench', fakeIndexedDb()), n, 3));
} else {
  const bundle = await build({
    stdin: {
      contents: `import { BantinDb } from './src/platform/db/bantin-db.ts'; import { runLibraryBench } from './scripts/bench/library-bench.ts';
        window.bench = (n) => runLibraryBench(new BantinDb('bench-' + Date.now()), n);`,
      resolveDir: fileURLToPath(new URL('../..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true, format: 'iife', write: false, platform: 'browser', target: 'chrome120',
  });
  const script = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': req.url === '/bench.js' ? 'text/javascript' : 'text/html' });
    res.end(req.url === '/bench.js' ? script : '<!doctype html><script src="/bench.js"></script>');
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
  const figures = await page.evaluate((count) => (window as unknown as { bench(n: number): Promise<Record<string, number>> }).bench(count), n);
  print(`Chromium ${browser.version()} IndexedDB`, figures);
  await browser.close();
  server.close();
}
