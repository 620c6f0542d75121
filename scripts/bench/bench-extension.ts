import { copyFileSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { REPO_ROOT } from '../../test/e2e/support/extension-build.ts';
import type { BenchDataFiles } from './bench-data.ts';
import { snapshotBuild } from './ensure-builds.ts';

// The extension the Chromium benches load: a copy of the e2e build (its
// background, popup, extract script and manifest untouched) plus a bench
// page, bench/bench.html, whose module (in-extension/bench-page.ts, bundled
// here) runs the code under test with the extension's origin, IndexedDB and
// CSP, and the data files it reads. The shipped builds never contain it.

export const BENCH_PAGE = 'bench/bench.html';
/** The popup's baseline: an extension page with a line of text and no script, styled like nothing. */
export const STATIC_PAGE = 'bench/static.html';
/** Where the bench page finds each data file; search-page.ts reads /docs.json. */
export const DATA_URLS = { docs: '/docs.json', clips: '/data/clips.json', importFile: '/data/import.bantin.json', taggerTexts: '/data/tagger-texts.json' } as const;

// The import session starts its worker as Vite builds it (`new URL('./import-worker.ts',
// import.meta.url)`); here the worker is its own bundle next to the page's.
const workerUrl: Plugin = {
  name: 'import-worker-url',
  setup(b) {
    b.onLoad({ filter: /import-session\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const rewritten = source.replace("new URL('./import-worker.ts', import.meta.url)", "new URL('./import-worker.js', import.meta.url)");
      if (rewritten === source) throw new Error('import-session.ts no longer starts ./import-worker.ts: update bench-extension.ts');
      return { contents: rewritten, loader: 'ts' };
    });
  },
};

function place(from: string, to: string): void {
  mkdirSync(join(to, '..'), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export async function makeBenchExtension(e2eDir: string, outDir: string, data: BenchDataFiles): Promise<string> {
  await snapshotBuild(e2eDir, outDir);
  await build({
    entryPoints: {
      bench: join(REPO_ROOT, 'scripts/bench/in-extension/bench-page.ts'),
      'import-worker': join(REPO_ROOT, 'src/platform/import/import-worker.ts'),
    },
    outdir: join(outDir, 'bench'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    plugins: [workerUrl],
    logLevel: 'error',
  });
  writeFileSync(join(outDir, STATIC_PAGE), '<!doctype html><meta charset="utf-8"><title>Bantin</title><p>Bantin</p>\n');
  writeFileSync(join(outDir, BENCH_PAGE), '<!doctype html><meta charset="utf-8"><title>Bantin bench</title><script type="module" src="./bench.js"></script>\n');
  for (const key of Object.keys(DATA_URLS) as (keyof typeof DATA_URLS)[]) place(data[key], join(outDir, DATA_URLS[key]));
  return outDir;
}
