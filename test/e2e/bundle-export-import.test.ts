import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { escapeHtml } from '../../src/core/export/escape-html.ts';
import { parseBundleFile } from '../../src/core/export/parse-bundle-file.ts';
import type { BundleFile } from '../../src/core/schemas/index.ts';
import { chooseBundleToImport, composerOrder, createBundleFromLibrary, exportDigest, moveFirstMovableItemDown, setDigestTitle, waitForPreview } from './support/bundle-flows.ts';
import { clipWithShortcut } from './support/clip-with-shortcut.ts';
import { SAMPLE_PAGES, SYNDICATED_SOURCE } from './support/corpus-pages.ts';
import { describeEndToEnd } from './support/describe-end-to-end.ts';
import { launchBantin, type Bantin } from './support/launch-bantin.ts';
import { correctAmount, entityItem, openLibrary, waitForResultCount } from './support/library-page.ts';
import { outputDir, screenshotPath } from './support/output-dirs.ts';
import { startPageServer, type PageServer } from './support/page-server.ts';
import { openServedPage } from './support/served-page.ts';

// Issue 5, in a real Chromium: a bundle is built from clipped pages in the
// library, reordered with the keyboard in the composer, exported as JSON and
// HTML through the real download path, and the JSON imported into a fresh
// profile gives the same clips, entities, corrections and order; a truncated
// file is refused with its reason and changes nothing. The tests run in order.

const TITLE = 'Bản tin tuần: thi đua ngành hải quan';
const CORRECTED_TEXT = '6.452,7 tỷ đồng';

/** What must survive an export and an import: the bundle's order and sections, the clips, their entities and reviews. */
function essence(file: BundleFile) {
  const [bundle] = file.bundles;
  return {
    bundle: bundle && { id: bundle.id, title: bundle.title, intro: bundle.intro, period: bundle.period, grouping: bundle.grouping, sections: bundle.sections },
    clips: file.clips
      .map((c) => ({
        id: c.id, url: c.url, canonicalUrl: c.canonicalUrl, title: c.title, lead: c.lead, text: c.text, siteName: c.siteName,
        publishedAt: c.publishedAt, tags: c.tags, note: c.note, fingerprint: c.fingerprint, storyOf: c.storyOf,
        entities: c.entities.map((e) => ({ type: e.type, value: e.value, text: e.text, start: e.start, end: e.end, status: e.status, original: e.original })),
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

function parsed(path: string): BundleFile {
  const result = parseBundleFile(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${result.error} ${result.detail ?? ''}`);
  return result.file;
}

describeEndToEnd('a digest built, reordered, exported and imported into a fresh profile', () => {
  let downloads: string;
  let server: PageServer;
  let bantin: Bantin;
  let fresh: Bantin | undefined;
  let composer: Page;
  let order: string[];
  let corrected: { machine: string; corrected: string };
  let correctedClipId: string;
  let jsonPath: string;

  beforeAll(async () => {
    // Only this run's files: a stale download must not pass for a new one.
    rmSync(outputDir('downloads'), { recursive: true, force: true });
    downloads = outputDir('downloads');
    server = await startPageServer();
    bantin = await launchBantin();
  });
  afterAll(async () => {
    await bantin?.close();
    await fresh?.close();
    await server?.close();
  });

  it('makes a bundle of the clipped pages in the library; the syndicated copy is folded into its story', async () => {
    for (const path of [...SAMPLE_PAGES.map((name) => `/pages/${name}/`), `/syndicated/${SYNDICATED_SOURCE}/`]) {
      const { outcome } = await clipWithShortcut(bantin, await openServedPage(bantin, server, path));
      expect(outcome.kind).toBe('clipped');
      if (outcome.kind === 'clipped' && path === `/pages/${SYNDICATED_SOURCE}/`) correctedClipId = outcome.clip.id;
    }
    const reader = await openLibrary(bantin, `#clip=${encodeURIComponent(correctedClipId)}`);
    corrected = await correctAmount(reader, CORRECTED_TEXT, '7.452,7 tỷ');
    await reader.close();

    const library = await openLibrary(bantin);
    composer = await createBundleFromLibrary(bantin, library, 4);
    await setDigestTitle(composer, TITLE);
    const titles = await composerOrder(composer);
    expect(titles).toHaveLength(3);
    await composer.getByText('Cũng đăng trên:').waitFor();
  });

  it('moves an item down with Alt+↓, and the new order is kept', async () => {
    const { before, after } = await moveFirstMovableItemDown(composer);
    expect(after).not.toEqual(before);
    await composer.reload();
    await composer.locator('li.bundle-item').first().waitFor();
    expect(await composerOrder(composer)).toEqual(after);
    order = after;
    await waitForPreview(composer, TITLE);
    await composer.screenshot({ path: screenshotPath('composer'), fullPage: true });
  });

  it('exports HTML and JSON through the download path: titles in the new order, a file parseBundleFile reads', async () => {
    const htmlPath = await exportDigest(composer, 'html', downloads);
    const html = readFileSync(htmlPath, 'utf8');
    const positions = order.map((title) => html.indexOf(escapeHtml(title)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain(escapeHtml(TITLE));

    jsonPath = await exportDigest(composer, 'json', downloads);
    const file = parsed(jsonPath);
    expect(file.scope).toBe('bundle');
    expect(file.bundles.map((b) => b.title)).toEqual([TITLE]);
    const titleOf = new Map(file.clips.map((c) => [c.id, c.title]));
    expect(file.bundles[0]!.sections.flatMap((s) => s.items.map((i) => titleOf.get(i.clipId)))).toEqual(order);
    expect(file.clips).toHaveLength(4);
    const review = file.clips.find((c) => c.id === correctedClipId)?.entities.find((e) => e.text === CORRECTED_TEXT);
    expect(review?.status).toBe('corrected');
  });

  it('imports the JSON into a fresh profile: same clips, entities, corrections and order', async () => {
    const exported = parsed(jsonPath);
    await bantin.close();
    fresh = await launchBantin();
    const library = await openLibrary(fresh);
    await waitForResultCount(library, 0);

    const dialog = await chooseBundleToImport(library, jsonPath);
    await dialog.getByText(/gồm 4 bài/).waitFor();
    await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
    await dialog.getByText('Đã nhập 4 bài mới, bổ sung 0 bài, thêm 1 bản tin.').waitFor();
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await waitForResultCount(library, 4);

    const reader = await openLibrary(fresh, `#clip=${encodeURIComponent(correctedClipId)}`);
    const entity = entityItem(reader, CORRECTED_TEXT);
    await entity.getByText('Đã sửa').waitFor();
    expect(await entity.locator('.entity-value').innerText()).toBe(corrected.corrected);
    await reader.close();

    const bundleId = exported.bundles[0]!.id;
    composer = await fresh.openExtensionPage(`bundles.html#bundle=${encodeURIComponent(bundleId)}`);
    await composer.locator('li.bundle-item').first().waitFor();
    expect(await composerOrder(composer)).toEqual(order);
    const again = parsed(await exportDigest(composer, 'json', outputDir('downloads', 'fresh-profile')));
    expect(essence(again)).toEqual(essence(exported));
  });

  it('refuses a truncated file with the reason shown, and changes nothing', async () => {
    const text = readFileSync(jsonPath, 'utf8');
    const broken = join(downloads, 'truncated.bantin.json');
    writeFileSync(broken, text.slice(0, Math.floor(text.length / 2)));
    const library = await openLibrary(fresh!);
    await waitForResultCount(library, 4);
    const dialog = await chooseBundleToImport(library, broken);
    await dialog.getByText('Tệp bị cắt cụt (tải xuống hoặc sao chép chưa xong). Hãy lấy lại tệp đầy đủ.').waitFor();
    await dialog.getByText('Thư viện không bị thay đổi.').waitFor();
    await library.screenshot({ path: screenshotPath('import-truncated-refused') });
    await dialog.getByRole('button', { name: 'Đóng' }).click();

    await library.reload();
    await waitForResultCount(library, 4);
    const after = parsed(await exportDigest(composer, 'json', outputDir('downloads', 'after-refusal')));
    expect(essence(after)).toEqual(essence(parsed(jsonPath)));
    expect(await library.locator('.bundle-list li').count()).toBe(1);
  });
});
