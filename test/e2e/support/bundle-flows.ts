import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Bantin } from './launch-bantin.ts';
import { waitForResultCount } from './library-page.ts';

// A digest made the way an editor makes one: select the clips in the
// library, create a bundle from them, arrange it in the composer, and export
// it with the composer's own buttons (the extension's download path).

export const DIGEST_FORMATS = ['json', 'html', 'markdown', 'docx'] as const;
export type DigestFormat = (typeof DIGEST_FORMATS)[number];

/** The composer's export buttons, by their labels. */
const EXPORT_BUTTON: Record<DigestFormat, string> = {
  json: 'Tệp bản tin (.json, để chia sẻ)',
  html: 'Bản tin HTML (gửi email)',
  markdown: 'Markdown',
  docx: 'Word (.docx)',
};

/** Selects all `count` clips of the library and creates a bundle of them; the composer opens in a new tab. */
export async function createBundleFromLibrary(bantin: Bantin, library: Page, count: number): Promise<Page> {
  await waitForResultCount(library, count);
  await library.getByText(`Chọn cả ${count} bài khớp`).click();
  await library.getByText(`Đã chọn ${count} bài`).first().waitFor();
  const opened = bantin.context.waitForEvent('page', { predicate: (p) => p.url().includes('/bundles.html#bundle=') });
  await library.getByRole('button', { name: 'Tạo bản tin từ các bài đã chọn' }).click();
  const composer = await opened;
  await composerItems(composer).first().waitFor();
  return composer;
}

export const composerItems = (composer: Page): Locator => composer.locator('li.bundle-item');

/** The titles of the composer's items, in the digest's order. */
export function composerOrder(composer: Page): Promise<string[]> {
  return composerItems(composer).locator('.bundle-item-title').allInnerTexts();
}

/** Waits until autosave has stored the last change ("Đã lưu lúc …"). */
export async function waitForSaved(composer: Page): Promise<void> {
  await composer.locator('.save-status').filter({ hasText: /^Đã lưu lúc/ }).waitFor();
}

/** Sets the digest's title in the composer and waits for it to be saved. */
export async function setDigestTitle(composer: Page, title: string): Promise<void> {
  await composer.getByRole('textbox', { name: 'Tên bản tin' }).fill(title);
  await composer.locator('.save-status').filter({ hasText: /^Đã lưu lúc/ }).waitFor();
}

/**
 * Moves an item one place down with the keyboard (Alt+↓ on the focused
 * item): the first item with another after it in its own section, so the
 * digest's order visibly changes. Returns the order after the move.
 */
export async function moveFirstMovableItemDown(composer: Page): Promise<{ moved: string; before: string[]; after: string[] }> {
  const before = await composerOrder(composer);
  const item = composer.locator('li.bundle-item:has(+ li.bundle-item)').first();
  const moved = await item.locator('.bundle-item-title').innerText();
  await item.focus();
  await composer.keyboard.press('Alt+ArrowDown');
  const at = before.indexOf(moved);
  const expected = [...before.slice(0, at), before[at + 1]!, moved, ...before.slice(at + 2)];
  await composer.waitForFunction(
    (titles) => [...document.querySelectorAll('li.bundle-item .bundle-item-title')].map((e) => (e as HTMLElement).innerText).join('\n') === titles.join('\n'),
    expected,
  );
  await waitForSaved(composer);
  return { moved, before, after: expected };
}

/** Exports the digest with one of the composer's buttons and saves the download into `dir`; returns its path. */
export async function exportDigest(composer: Page, format: DigestFormat, dir: string): Promise<string> {
  const download = composer.waitForEvent('download');
  await composer.getByRole('button', { name: EXPORT_BUTTON[format], exact: true }).click();
  const file = await download;
  const failure = await file.failure();
  if (failure) throw new Error(`the ${format} export did not download: ${failure}`);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** Chooses `file` through the library's "Nhập bản tin…" button; returns the import dialog. */
export async function chooseBundleToImport(library: Page, file: string): Promise<Locator> {
  const chooser = library.waitForEvent('filechooser');
  await library.getByRole('button', { name: 'Nhập bản tin…', exact: true }).click();
  await (await chooser).setFiles(file);
  const dialog = library.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

/** Waits until the composer's live preview (the HTML digest in a sandboxed frame) shows `title`. */
export async function waitForPreview(composer: Page, title: string): Promise<void> {
  await composer.frameLocator('iframe[title="Bản tin như khi xuất ra HTML"]').getByText(title, { exact: true }).first().waitFor();
}
