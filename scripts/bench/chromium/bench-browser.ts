import type { Page } from 'playwright-core';
import { launchBantin, type Bantin } from '../../../test/e2e/support/launch-bantin.ts';
import { BENCH_PAGE } from '../bench-extension.ts';
import type { BenchApi } from '../in-extension/bench-page.ts';

// One headless Chromium with the bench copy of the extension, through the
// e2e suite's launcher. Each call runs in a fresh bench page brought to the
// front (a background tab has its timers throttled), closed afterwards so
// one workload's data never weighs on the next one's heap.

export interface BenchBrowser {
  bantin: Bantin;
  version: string;
  run<K extends keyof BenchApi>(name: K, ...args: Parameters<BenchApi[K]>): Promise<Awaited<ReturnType<BenchApi[K]>>>;
  close(): Promise<void>;
}

/** Precise heap figures and gc() for the memory of the search index. */
const FLAGS = ['--enable-precise-memory-info', '--js-flags=--expose-gc --max-old-space-size=4096'];

export async function openBenchPage(bantin: Bantin): Promise<Page> {
  const page = await bantin.openExtensionPage(BENCH_PAGE);
  await page.waitForFunction(() => 'bantinBench' in globalThis, undefined, { timeout: 30_000 });
  await page.bringToFront();
  return page;
}

export async function launchBenchBrowser(extensionDir: string, userDataDir?: string): Promise<BenchBrowser> {
  const bantin = await launchBantin({ extensionDir, userDataDir, args: FLAGS });
  const agent = await (await bantin.worker()).evaluate(() => navigator.userAgent);
  const version = bantin.context.browser()?.version() ?? /Chrome\/([\d.]+)/.exec(agent)?.[1] ?? agent;
  // Typed at the interface: the page's functions are reached by name through page.evaluate.
  const run = async (name: string, ...args: unknown[]): Promise<unknown> => {
    const page = await openBenchPage(bantin);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      return await page.evaluate(
        ([fn, a]) => (globalThis as unknown as { bantinBench: Record<string, (...x: unknown[]) => unknown> }).bantinBench[fn]!(...a),
        [name, args] as [string, unknown[]],
      );
    } catch (error) {
      throw new Error(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
    } finally {
      await page.close();
    }
  };
  return {
    bantin,
    version,
    run: run as BenchBrowser['run'],
    close: () => bantin.close(),
  };
}
