import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatClipTime } from '../../src/core/i18n/format-clip-time.ts';
import type { ClipOutcome } from '../../src/core/schemas/clip-outcome.ts';
import { clipWithShortcut } from './support/clip-with-shortcut.ts';
import { expectedArticle, expectedSiteName, SAMPLE_PAGES, SYNDICATED_SOURCE } from './support/corpus-pages.ts';
import { describeEndToEnd } from './support/describe-end-to-end.ts';
import { launchBantin, type Bantin } from './support/launch-bantin.ts';
import { correctAmount, entityItem, listedTitles, openLibrary, searchLibrary, waitForResultCount } from './support/library-page.ts';
import { openPopupOver } from './support/open-popup.ts';
import { screenshotPath } from './support/output-dirs.ts';
import { startPageServer, type PageServer } from './support/page-server.ts';
import { openServedPage, popupSettled } from './support/served-page.ts';
import { SYNDICATED_SITE } from './support/syndicated-copy.ts';

// Issue 4, in a real Chromium with the built extension: a corpus page served
// on 127.0.0.1 is clipped through the shortcut's own handler, shows in the
// popup and the library with its entities; clipping it again stores nothing
// new; a syndicated copy is linked to it; search needs no diacritics; a
// corrected entity survives a reload. One browser for the whole file; the
// tests run in order and build on each other.

type Clipped = Extract<ClipOutcome, { kind: 'clipped' }>;

function clipped(outcome: ClipOutcome): Clipped {
  if (outcome.kind !== 'clipped') throw new Error(`expected a new clip, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describeEndToEnd('clipping, the popup and the library in Chromium', () => {
  let server: PageServer;
  let bantin: Bantin;
  let original: Page;
  let first: Clipped;

  beforeAll(async () => {
    server = await startPageServer();
    bantin = await launchBantin();
  });
  afterAll(async () => {
    await bantin?.close();
    await server?.close();
  });

  it('the shortcut clips a served corpus page, and the popup over it shows the article and its entities', async () => {
    original = await openServedPage(bantin, server, `/pages/${SYNDICATED_SOURCE}/`);
    const before = await openPopupOver(bantin, original);
    await popupSettled(before);
    expect(await before.getByText(/Đã kẹp lúc/).count()).toBe(0);
    await before.close();

    first = clipped((await clipWithShortcut(bantin, original)).outcome);
    expect(first.clip.title).toBe('Phong trào thi đua của Hải quan Lạng Sơn: Nhân lên những điển hình tiên tiến');
    expect(first.clip.siteName).toBe(expectedSiteName(SYNDICATED_SOURCE));
    const values = first.entities.map((e) => e.text);
    expect(values).toEqual(expect.arrayContaining(['Cục Hải quan Lạng Sơn', '6.452,7 tỷ đồng']));

    const popup = await openPopupOver(bantin, original);
    await popup.getByRole('heading', { name: first.clip.title }).waitFor();
    const text = await popup.locator('body').innerText();
    expect(text).toContain('Báo Lạng Sơn');
    expect(text).toContain('Đơn vị');
    expect(text).toContain('Cục Hải quan Lạng Sơn');
    expect(text).toContain('6.452,7 tỷ đồng');
    await popup.screenshot({ path: screenshotPath('popup') });
    await popup.close();
  });

  it('clipping the same page again stores nothing and says when it was clipped ("Đã kẹp lúc …")', async () => {
    const again = (await clipWithShortcut(bantin, original)).outcome;
    expect(again).toMatchObject({ kind: 'already-clipped', clipId: first.clip.id, clippedAt: first.clip.clippedAt });

    const popup = await openPopupOver(bantin, original);
    const notice = `Đã kẹp lúc ${formatClipTime(first.clip.clippedAt)}`;
    await popup.getByText(notice).waitFor();
    // The popup's own button says the same, and still stores nothing new (the
    // library below holds exactly two clips: the page and its syndicated copy).
    await popup.getByRole('button', { name: 'Kẹp bài này' }).click();
    await popup.getByText(notice).waitFor();
    await popup.screenshot({ path: screenshotPath('popup-already-clipped') });
    await popup.close();
  });

  it('a syndicated copy under another site is linked to the first clip, both ways', async () => {
    const copy = await openServedPage(bantin, server, `/syndicated/${SYNDICATED_SOURCE}/`);
    const second = clipped((await clipWithShortcut(bantin, copy)).outcome);
    expect(second.clip.id).not.toBe(first.clip.id);
    expect(second.clip.siteName).toBe(SYNDICATED_SITE.name);
    expect(second.sameStoryAs?.clipId).toBe(first.clip.id);

    const overCopy = await openPopupOver(bantin, copy);
    await overCopy.getByText(`Cùng tin với bài đã kẹp trên ${first.clip.siteName}`).waitFor();
    await overCopy.close();
    const overOriginal = await openPopupOver(bantin, original);
    await overOriginal.getByText(`Cũng đăng trên ${SYNDICATED_SITE.name}`).waitFor();
    await overOriginal.close();
  });

  it('the library lists both clips and shows the first with its entities and the other site', async () => {
    const library = await openLibrary(bantin);
    await waitForResultCount(library, 2);
    expect(await listedTitles(library)).toEqual([first.clip.title, first.clip.title]);
    await library.locator('.library-facets').getByText('Cục Hải quan Lạng Sơn', { exact: true }).waitFor();
    await library.close();

    const reader = await openLibrary(bantin, `#clip=${encodeURIComponent(first.clip.id)}`);
    await reader.getByRole('heading', { name: first.clip.title }).waitFor();
    await reader.getByText(`Cũng đăng trên: ${SYNDICATED_SITE.name}`).waitFor();
    const panel = reader.locator('.entity-panel');
    await panel.getByText('Cục Hải quan Lạng Sơn').first().waitFor();
    await panel.getByText('6.452,7 tỷ đồng').first().waitFor();
    await reader.screenshot({ path: screenshotPath('library-reader') });
    await reader.close();
  });

  it('search needs no diacritics: "hai quan lang son" finds the Lạng Sơn stories and not the other', async () => {
    const others = SAMPLE_PAGES.filter((name) => name !== SYNDICATED_SOURCE);
    for (const name of others) clipped((await clipWithShortcut(bantin, await openServedPage(bantin, server, `/pages/${name}/`))).outcome);
    const [tongCuc, langSon] = others.map((name) => expectedArticle(name).title);
    const library = await openLibrary(bantin);
    await waitForResultCount(library, 4);
    await library.screenshot({ path: screenshotPath('library') });
    await searchLibrary(library, 'hai quan lang son');
    await waitForResultCount(library, 3);
    await library.screenshot({ path: screenshotPath('library-search-without-diacritics') });
    const titles = await listedTitles(library);
    expect(titles).toEqual(expect.arrayContaining([first.clip.title, langSon]));
    expect(titles).not.toContain(tongCuc);
    await library.close();
  });

  it('a corrected entity is kept after a reload', async () => {
    const library = await openLibrary(bantin, `#clip=${encodeURIComponent(first.clip.id)}`);
    const { machine, corrected } = await correctAmount(library, '6.452,7 tỷ đồng', '7.452,7 tỷ');
    expect(corrected).not.toBe(machine);

    await library.reload();
    const kept = entityItem(library, '6.452,7 tỷ đồng');
    await kept.getByText('Đã sửa').waitFor();
    expect(await kept.locator('.entity-value').innerText()).toBe(corrected);
    expect(await kept.innerText()).toContain(`máy gắn: ${machine}`);
    await library.close();
  });
});
