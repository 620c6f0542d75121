import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { PAGES_DIR } from '../../../test/e2e/support/corpus-pages.ts';
import { REPO_ROOT } from '../../../test/e2e/support/extension-build.ts';
import type { Bantin } from '../../../test/e2e/support/launch-bantin.ts';
import type { PageServer } from '../../../test/e2e/support/page-server.ts';
import { openServedPage } from '../../../test/e2e/support/served-page.ts';
import type { ExtractTiming } from '../in-page/extract-timing.ts';

// Extraction on the corpus pages served on 127.0.0.1, in the live page.
// Per page: the shipped extract.js evaluated once as the clip injects it
// (compile and run, cold), then the extraction core against plain
// Readability, warm, alternating.

/** The real news pages of the corpus (test/pages without the hand-made ones). */
export const corpusFixtures = (): string[] => readdirSync(PAGES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('handmade-')).map((d) => d.name).sort();

/** A served page with its subresources settled; assets on hosts that resolve to nothing may keep `load` waiting, so not for long. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load', { timeout: 5_000 }).catch(() => undefined);
}

export interface ExtractBenchResult {
  pages: number;
  oursMs: number[];
  readabilityMs: number[];
  shippedColdMs: number[];
  failedPages: string[];
}

async function timingBundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(REPO_ROOT, 'scripts/bench/in-page/extract-timing.ts')],
    bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

export async function extractBench(bantin: Bantin, server: PageServer, shippedScript: string, options: { reps: number; warmup: number }): Promise<ExtractBenchResult> {
  const bundle = await timingBundle();
  const result: ExtractBenchResult = { pages: 0, oursMs: [], readabilityMs: [], shippedColdMs: [], failedPages: [] };
  for (const fixture of corpusFixtures()) {
    const page = await openServedPage(bantin, server, `/pages/${fixture}/`);
    try {
      await settled(page);
      await page.bringToFront();
      const shipped = await page.evaluate((source) => {
        const t = performance.now();
        const capture = (0, eval)(source) as { article?: { ok?: boolean } } | undefined;
        return { ms: performance.now() - t, ok: capture?.article?.ok === true };
      }, shippedScript);
      await page.evaluate(bundle);
      const timing = await page.evaluate(
        ([reps, warmup]) => (globalThis as unknown as { bantinTimeExtraction(r: number, w: number): ExtractTiming }).bantinTimeExtraction(reps, warmup),
        [options.reps, options.warmup] as const,
      );
      if (!shipped.ok || !timing.ok) result.failedPages.push(fixture);
      result.pages++;
      result.shippedColdMs.push(shipped.ms);
      result.oursMs.push(...timing.oursMs);
      result.readabilityMs.push(...timing.readabilityMs);
    } finally {
      await page.close();
    }
  }
  return result;
}

export const readShippedExtractScript = (productionDir: string): string => readFileSync(join(productionDir, 'extract.js'), 'utf8');
