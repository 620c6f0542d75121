import { openPopupOver } from '../../../test/e2e/support/open-popup.ts';
import type { PageServer } from '../../../test/e2e/support/page-server.ts';
import { openServedPage, popupSettled } from '../../../test/e2e/support/served-page.ts';
import type { Bantin } from '../../../test/e2e/support/launch-bantin.ts';
import type { Page } from 'playwright-core';
import { STATIC_PAGE } from '../bench-extension.ts';

// The popup's first paint and the moment it is interactive, read from the
// popup's own performance timeline. The popup renders its shell, clip
// button enabled and listening, synchronously and marks
// `bantin:popup-rendered` right after; it is interactive once that shell is
// painted: max(first contentful paint, that mark). Opened as a foreground
// tab (a background tab does not paint). The first open after the browser
// started (the first IndexedDB open of the profile) is reported apart. The
// moment the popup knows the page's state (`bantin:popup-status`) is read
// with the popup over a served page, as the e2e suite opens it. The
// baseline is what the browser itself needs to paint an extension page: a
// static page of the extension, one line of text and no script.

export interface PopupBenchResult {
  firstPaintMs: number[];
  staticPageMs: number[];
  interactiveMs: number[];
  cold: { firstPaintMs: number; interactiveMs: number };
  statusKnownMs: number[];
}

interface PopupTimes {
  paint: number;
  rendered: number;
}

/** Opens an extension page in a foreground tab at popup size and reads its timeline once it painted. */
async function openTimed(bantin: Bantin, path: string, marks: string[]): Promise<Record<string, number>> {
  const page: Page = await bantin.context.newPage();
  try {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(bantin.extensionUrl(path));
    await page.bringToFront();
    const names = ['first-contentful-paint', ...marks];
    await page.waitForFunction((n) => n.every((name) => performance.getEntriesByName(name).length > 0), names, { timeout: 15_000 });
    return await page.evaluate((n) => Object.fromEntries(n.map((name) => [name, performance.getEntriesByName(name)[0]!.startTime])), names);
  } finally {
    await page.close();
  }
}

export async function popupBench(bantin: Bantin, server: PageServer, opens: number): Promise<PopupBenchResult> {
  const samples: PopupTimes[] = [];
  const staticPageMs: number[] = [];
  for (let i = 0; i <= opens; i++) {
    const popup = await openTimed(bantin, 'popup.html', ['bantin:popup-rendered']);
    samples.push({ paint: popup['first-contentful-paint']!, rendered: popup['bantin:popup-rendered']! });
    // Interleaved, so the popup and its baseline meet the same moments of a busy machine.
    if (i > 0) staticPageMs.push((await openTimed(bantin, STATIC_PAGE, []))['first-contentful-paint']!);
  }
  const statusKnownMs: number[] = [];
  const article = await openServedPage(bantin, server, '/pages/vnexpress-1/');
  try {
    for (let i = 0; i < Math.min(5, opens); i++) {
      const popup = await openPopupOver(bantin, article);
      await popupSettled(popup);
      statusKnownMs.push(await popup.evaluate(() => performance.getEntriesByName('bantin:popup-status')[0]!.startTime));
      await popup.close();
    }
  } finally {
    await article.close();
  }
  const [cold, ...warm] = samples;
  return {
    firstPaintMs: warm.map((s) => s.paint),
    staticPageMs,
    interactiveMs: warm.map((s) => Math.max(s.paint, s.rendered)),
    cold: { firstPaintMs: cold!.paint, interactiveMs: Math.max(cold!.paint, cold!.rendered) },
    statusKnownMs,
  };
}
