import type { Page } from 'playwright-core';
import type { Bantin } from './launch-bantin.ts';
import type { PageServer } from './page-server.ts';

/** Opens a page of the local server in a new tab, as a reader would before clipping it. */
export async function openServedPage(bantin: Bantin, server: PageServer, path: string): Promise<Page> {
  const page = await bantin.context.newPage();
  const response = await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
  if (!response?.ok()) throw new Error(`${path}: the local server answered ${response?.status()}`);
  return page;
}

/** Waits until the popup has its answer about the page (the popup marks it, for its own timing too). */
export async function popupSettled(popup: Page): Promise<void> {
  await popup.waitForFunction(() => performance.getEntriesByName('bantin:popup-status').length > 0);
}
