import type { Page } from 'playwright-core';
import type { ClipOutcome } from '../../../src/core/schemas/clip-outcome.ts';
import type { Bantin } from './launch-bantin.ts';
import type { WorkerScope } from './worker-scope.ts';

// Clipping exactly as the keyboard shortcut does. A script cannot press a
// browser-level shortcut, so the e2e build hands the worker the very function
// `commands.onCommand` calls (clipCommandHandler, as `bantinClipCommand`).
// The page's tab is brought to the front, the worker asks the browser for the
// active tab of the last focused window, as Chrome does before dispatching a
// command, and calls the handler with the command name and that tab.

export interface ShortcutClip {
  outcome: ClipOutcome;
  tabId: number;
}

export async function clipWithShortcut(bantin: Bantin, page: Page): Promise<ShortcutClip> {
  await page.bringToFront();
  const worker = await bantin.worker();
  const result = await worker.evaluate(async (expectedUrl) => {
    const scope = globalThis as unknown as WorkerScope;
    // The worker may still be starting: its listeners (and the handler) come with its first run.
    for (let i = 0; i < 100 && !scope.bantinClipCommand; i++) await new Promise((r) => setTimeout(r, 50));
    if (!scope.bantinClipCommand) throw new Error('bantinClipCommand is missing: is this the e2e build (npx wxt build --mode e2e)?');
    const [tab] = await scope.chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    if (tab.url !== expectedUrl) throw new Error(`the active tab is ${tab.url}, not ${expectedUrl}`);
    return { outcome: await scope.bantinClipCommand('clip-page', tab), tabId: tab.id };
  }, page.url());
  return result as ShortcutClip;
}
