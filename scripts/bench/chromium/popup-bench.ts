import { openPopupOver } from '../../../test/e2e/support/open-popup.ts';
import type { PageServer } from '../../../test/e2e/support/page-server.ts';
import { openServedPage, popupSettled } from '../../../test/e2e/support/served-page.ts';
import type { Bantin } from '../../../test/e2e/support/launch-bantin.ts';

// The popup's first paint and the moment it is interactive, read from the
// popup's own performance timeline. The popup renders its shell, clip
// button enabled and listening, synchronously and marks
// `bantin:popup-rendered` right after; it is interactive once that shell is
// painted: max(first contentful paint, that mark). Opened as a foreground
// tab (a background tab does not paint). The first open after the browser
// started (the first IndexedDB open of the profile) is reported apart. The
// moment the popup knows the page's state (`bantin:popup-status`) is read
// with the popup over a served page, as the e2e suite opens it.

export interface PopupBenchResult {
  firstPaintMs: number[];
  interactiveMs: number[];
  cold: { firstPaintMs: number; interactiveMs: number };
  statusKnownMs: number[];
}

interface PopupTimes {
  paint: number;
  rendered: number;
}

export async function popupBench(bantin: Bantin, server: PageServer, opens: number): Promise<PopupBenchResult> {
  const samples: PopupTimes[] = [];
  for (let i = 0; i <= opens; i++) {
    const popup = await bantin.context.newPage();
    try {
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(bantin.extensionUrl('popup.html'));
      await popup.bringToFront();
      await popup.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0 && performance.getEntriesByName('bantin:popup-rendered').length > 0, undefined, { timeout: 15_000 });
      samples.push(
        await popup.evaluate(() => ({
          paint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
          rendered: performance.getEntriesByName('bantin:popup-rendered')[0]!.startTime,
        })),
      );
    } finally {
      await popup.close();
    }
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
    interactiveMs: warm.map((s) => Math.max(s.paint, s.rendered)),
    cold: { firstPaintMs: cold!.paint, interactiveMs: Math.max(cold!.paint, cold!.rendered) },
    statusKnownMs,
  };
}
