import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ClipOutcome } from '../../src/core/schemas/clip-outcome.ts';
import { activeContentIn, payloadMarks } from './support/active-content.ts';
import { clipWithShortcut } from './support/clip-with-shortcut.ts';
import { describeEndToEnd } from './support/describe-end-to-end.ts';
import { PWNED_TITLE } from './support/hostile-page.ts';
import { launchBantin, type Bantin } from './support/launch-bantin.ts';
import { openPopupOver } from './support/open-popup.ts';
import { screenshotPath } from './support/output-dirs.ts';
import { startPageServer, type PageServer } from './support/page-server.ts';
import { openServedPage } from './support/served-page.ts';

// Issue 4, the hostile page: every payload of it (scripts, handlers,
// javascript: links, SVG, srcdoc frames) marks where it runs and calls the
// local server's /pwned. It runs in its own tab, which proves the marks work;
// after it is clipped and shown in the library's reading view and in the
// popup, no mark may appear in those pages, no call may come from them, and
// the article as shown holds no active content at all.

const FIRST_PARAGRAPH = 'Qua công tác phân tích thông tin';
const LAST_PARAGRAPH = 'Chi cục khuyến cáo người tiêu dùng';

describeEndToEnd('a hostile page, clipped and shown', () => {
  let server: PageServer;
  let bantin: Bantin;
  const cspViolations: string[] = [];
  const watchConsole = (page: Page) =>
    page.on('console', (message: ConsoleMessage) => {
      if (/Content Security Policy|Refused to (execute|load|frame)/i.test(message.text())) cspViolations.push(message.text());
    });

  beforeAll(async () => {
    server = await startPageServer();
    bantin = await launchBantin();
  });
  afterAll(async () => {
    await bantin?.close();
    await server?.close();
  });

  it('nothing of it runs in the reading view or the popup, and the shown article holds no active content', async () => {
    const page = await openServedPage(bantin, server, '/hostile/');
    // The payloads do run where they belong, in the page's own tab: the marks work.
    await page.waitForFunction(() => document.body.dataset['pwned'] !== undefined);
    await expect.poll(() => server.pwnedHits.length).toBeGreaterThan(0);
    expect(server.pwnedOutsidePages()).toEqual([]);

    const outcome: ClipOutcome = (await clipWithShortcut(bantin, page)).outcome;
    if (outcome.kind !== 'clipped') throw new Error(`the hostile page was not clipped: ${JSON.stringify(outcome)}`);
    const { clip } = outcome;

    const library = await bantin.context.newPage();
    watchConsole(library);
    await library.goto(bantin.extensionUrl(`library.html#clip=${encodeURIComponent(clip.id)}`));
    await library.getByText(FIRST_PARAGRAPH).first().waitFor();
    // The page's own layout, as stored and sanitised: the view that renders its HTML.
    await library.getByRole('tab', { name: 'Bố cục gốc' }).click();
    const panel = library.getByRole('tabpanel');
    await panel.getByText(FIRST_PARAGRAPH).waitFor();
    await panel.getByText(LAST_PARAGRAPH).waitFor();
    // Give left-over handlers their events: hover and click over the article.
    for (const target of await panel.locator('p, a, img, figure').all()) await target.hover({ force: true, timeout: 2_000 }).catch(() => undefined);
    await panel.getByText(LAST_PARAGRAPH).click();
    await library.screenshot({ path: screenshotPath('library-hostile-original-layout'), fullPage: true });

    const popup = await openPopupOver(bantin, page);
    watchConsole(popup);
    await popup.getByRole('heading', { name: clip.title }).waitFor();

    // A payload that slipped through would fetch /pwned: let any such request land.
    await library.waitForTimeout(500);
    for (const shown of [library, popup]) {
      const marks = await payloadMarks(shown);
      expect(marks.bodyMark).toBeUndefined();
      expect(marks.windowMark).toBeUndefined();
      expect(marks.title).not.toBe(PWNED_TITLE);
      expect(marks.storage).toBeNull();
    }
    expect(server.pwnedOutsidePages()).toEqual([]);
    expect(await activeContentIn(library, '[role="tabpanel"]')).toEqual([]);
    expect(cspViolations).toEqual([]);

    // The text view shows the same article, as text.
    await library.getByRole('tab', { name: 'Bài viết (đánh dấu nhãn)' }).click();
    await library.getByRole('tabpanel').getByText(FIRST_PARAGRAPH).waitFor();
    expect(await activeContentIn(library, '[role="tabpanel"]')).toEqual([]);
  });
});
