import type { Locator, Page } from 'playwright-core';
import type { Bantin } from './launch-bantin.ts';

// The library page (library.html) as a person uses it: by its visible words.

/** Opens the library (at a clip with `#clip=<id>`) and waits for its result count. */
export async function openLibrary(bantin: Bantin, hash = ''): Promise<Page> {
  const page = await bantin.context.newPage();
  await page.goto(bantin.extensionUrl(`library.html${hash}`));
  await resultCount(page).waitFor();
  return page;
}

/** "N bài" at the top of the library, once the results are in. */
export function resultCount(page: Page): Locator {
  return page.locator('header').getByText(/^\d+ bài$/);
}

export async function waitForResultCount(page: Page, count: number): Promise<void> {
  await page.locator('header').getByText(`${count} bài`, { exact: true }).waitFor();
}

/** The titles the list shows, in its order. */
export function listedTitles(page: Page): Promise<string[]> {
  return page.getByRole('link').filter({ has: page.locator(':scope.clip-row-title') }).allInnerTexts();
}

export async function searchLibrary(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Tìm trong thư viện' });
  await box.fill(query);
  await box.press('Enter');
}

/** One entity of the reader's panel, by the words of the article it stands for. */
export function entityItem(page: Page, articleText: string): Locator {
  return page.locator('.entity-panel').getByRole('listitem').filter({ hasText: `“${articleText}”` }).first();
}

/**
 * Corrects an amount in the open reader: "✎ Sửa" on the entity, a new number,
 * "Lưu". Returns how the value read before (the tagger's) and after.
 */
export async function correctAmount(page: Page, articleText: string, number: string): Promise<{ machine: string; corrected: string }> {
  const item = entityItem(page, articleText);
  const value = item.locator('.entity-value');
  const machine = await value.innerText();
  await item.getByRole('button', { name: /Sửa/ }).click();
  await item.getByRole('textbox', { name: /^Số tiền/ }).fill(number);
  await item.getByRole('button', { name: 'Lưu' }).click();
  await item.getByText('Đã sửa').waitFor();
  return { machine, corrected: await value.innerText() };
}
