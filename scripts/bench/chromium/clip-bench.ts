import type { Bantin } from '../../../test/e2e/support/launch-bantin.ts';
import type { PageServer } from '../../../test/e2e/support/page-server.ts';
import { openServedPage } from '../../../test/e2e/support/served-page.ts';
import type { WorkerScope } from '../../../test/e2e/support/worker-scope.ts';
import type { BenchBrowser } from './bench-browser.ts';
import { corpusFixtures, settled } from './extract-bench.ts';

// Whole clip, shortcut to stored record: each corpus page served on
// 127.0.0.1 is clipped through the shortcut's own handler, as
// clipWithShortcut (test/e2e/support) does, but timed inside the worker
// from the handler's call to its outcome, which comes once the record, body
// and entities are committed. Between rounds the library is emptied so every
// clip is a new one. The first clip of the session also builds the tagger's
// gazetteer index in the worker: reported apart.

export interface ClipBenchResult {
  firstMs: number;
  ms: number[];
  problems: string[];
}

interface Timed {
  ms: number;
  kind: string;
}

async function timedShortcutClip(bantin: Bantin, url: string): Promise<Timed> {
  const worker = await bantin.worker();
  return worker.evaluate(async (expectedUrl) => {
    const scope = globalThis as unknown as WorkerScope;
    for (let i = 0; i < 100 && !scope.bantinClipCommand; i++) await new Promise((r) => setTimeout(r, 50));
    if (!scope.bantinClipCommand) throw new Error('bantinClipCommand is missing: the bench extension must be a copy of the e2e build');
    const [tab] = await scope.chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.url !== expectedUrl) throw new Error(`the active tab is ${tab?.url}, not ${expectedUrl}`);
    const t = performance.now();
    const outcome = (await scope.bantinClipCommand('clip-page', tab)) as { kind: string };
    return { ms: performance.now() - t, kind: outcome.kind };
  }, url);
}

export async function clipBench(browser: BenchBrowser, server: PageServer, rounds: number): Promise<ClipBenchResult> {
  const { bantin } = browser;
  const samples: number[] = [];
  const problems: string[] = [];
  await browser.run('emptyOwnLibrary');
  for (let round = 0; round < rounds; round++) {
    for (const fixture of corpusFixtures()) {
      const page = await openServedPage(bantin, server, `/pages/${fixture}/`);
      try {
        await settled(page);
        await page.bringToFront();
        const timed = await timedShortcutClip(bantin, page.url());
        if (timed.kind === 'clipped') samples.push(timed.ms);
        else problems.push(`${fixture}: ${timed.kind}`);
      } finally {
        await page.close();
      }
    }
    await browser.run('emptyOwnLibrary');
  }
  const [firstMs, ...ms] = samples;
  return { firstMs: firstMs ?? NaN, ms, problems };
}
