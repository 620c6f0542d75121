import type { Page } from 'playwright-core';
import type { Bantin } from './launch-bantin.ts';
import type { WorkerScope } from './worker-scope.ts';

// The popup, over a given page. A script cannot click the toolbar button, so
// popup.html opens as a tab in the page's own window, in the background: the
// popup asks for the active tab of its window, as it does when it opens over
// a page, and that is still the page. The popup's tab comes to the front only
// once it has answered, to be looked at (and photographed) at popup size.

export const POPUP_SIZE = { width: 400, height: 600 };

export async function openPopupOver(bantin: Bantin, page: Page): Promise<Page> {
  await page.bringToFront();
  const worker = await bantin.worker();
  const opened = bantin.context.waitForEvent('page', { predicate: (p) => p.url().includes('/popup.html') });
  const popupTabId = await worker.evaluate(
    async ({ expectedUrl, popupUrl }) => {
      const { chrome } = globalThis as unknown as WorkerScope;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.url !== expectedUrl) throw new Error(`the active tab is ${tab?.url}, not ${expectedUrl}`);
      const popup = await chrome.tabs.create({ url: popupUrl, active: false, windowId: tab.windowId, index: (tab.index ?? 0) + 1 });
      return popup.id;
    },
    { expectedUrl: page.url(), popupUrl: bantin.extensionUrl('popup.html') },
  );
  if (popupTabId === undefined) throw new Error('the popup tab did not open');
  const popup = await opened;
  await popup.setViewportSize(POPUP_SIZE);
  await popup.waitForLoadState('load');
  return popup;
}
