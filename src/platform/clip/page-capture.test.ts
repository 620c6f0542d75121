import { describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../cli/load-page.ts';
import { captureDocument, readSelection } from './capture-document.ts';
import { chooseExtraction } from './choose-extraction.ts';
import { capturePage, type PageCapture } from './page-capture.ts';
import { STORY, articlePage, listingPage } from './testing/article-page.ts';

const URL_A = 'https://baohaiquan.vn/bai.html';

describe('capturePage', () => {
  it('returns a valid capture as it came from the page', async () => {
    const capture = captureDocument(parseHtml(articlePage(), URL_A), URL_A, null);
    const scripting = { executeScript: vi.fn(async () => [{ result: structuredClone(capture) }]) };
    expect(await capturePage(scripting, 5)).toEqual({ ok: true, capture });
  });

  it('tells an inaccessible page from invalid page data', async () => {
    const refuse = { executeScript: vi.fn(async () => Promise.reject(new Error('Cannot access a chrome:// URL'))) };
    expect(await capturePage(refuse, 5)).toMatchObject({ ok: false, error: 'cannot-access-page', detail: 'Cannot access a chrome:// URL' });
    expect(await capturePage({ executeScript: async () => [] }, 5)).toMatchObject({ ok: false, error: 'cannot-access-page' });
    expect(await capturePage({ executeScript: async () => [{ result: null }] }, 5)).toMatchObject({ ok: false, error: 'cannot-access-page' });
    const forged = { url: URL_A, title: 't', article: { ok: true, article: { title: 'x', html: '<script>' } }, selection: null };
    expect(await capturePage({ executeScript: async () => [{ result: forged }] }, 5)).toMatchObject({ ok: false, error: 'invalid-page-data' });
  });
});

describe('captureDocument', () => {
  it('extracts without touching the live page', () => {
    const document = parseHtml(articlePage(), URL_A);
    const before = document.documentElement.outerHTML;
    const capture = captureDocument(document, URL_A, null);
    expect(capture.article.ok && capture.article.article.lang).toBe('und');
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('extracts the selection beside the article', () => {
    const capture = captureDocument(parseHtml(articlePage(), URL_A), URL_A, { text: STORY[1]!, html: `<p>${STORY[1]}</p>` });
    expect(capture.selection?.result).toMatchObject({ ok: true, article: { text: STORY[1], selectionOnly: true } });
  });

  it('reads the selection as text and HTML, and nothing when it is collapsed', () => {
    const document = parseHtml('<p>Một <b>đoạn</b> văn</p>');
    const range = { cloneContents: () => document.querySelector('p')!.cloneNode(true) };
    const selection = { isCollapsed: false, rangeCount: 1, toString: () => 'Một đoạn văn', getRangeAt: () => range };
    expect(readSelection({ document, getSelection: () => selection as unknown as Selection })).toEqual({ text: 'Một đoạn văn', html: '<p>Một <b>đoạn</b> văn</p>' });
    expect(readSelection({ document, getSelection: () => ({ ...selection, isCollapsed: true }) as unknown as Selection })).toBeNull();
    expect(readSelection({ document, getSelection: () => null })).toBeNull();
  });
});

describe('chooseExtraction', () => {
  const listing = captureDocument(parseHtml(listingPage(), URL_A), URL_A, null);
  const withSelection: PageCapture = captureDocument(parseHtml(listingPage(), URL_A), URL_A, { text: STORY[0]!, html: `<p>${STORY[0]}</p>` });

  it('keeps the failure when there is no article and no selection', () => {
    expect(chooseExtraction(listing, 'page')).toMatchObject({ ok: false, error: 'no-article-found' });
  });

  it('takes the selection when asked, or when there is no article', () => {
    expect(chooseExtraction(withSelection, 'page')).toMatchObject({ ok: true, article: { selectionOnly: true } });
    const article = captureDocument(parseHtml(articlePage(), URL_A), URL_A, { text: STORY[0]!, html: `<p>${STORY[0]}</p>` });
    expect(chooseExtraction(article, 'page')).toMatchObject({ ok: true, article: { title: expect.any(String) } });
    expect((chooseExtraction(article, 'page') as { article: { selectionOnly?: boolean } }).article.selectionOnly).toBeUndefined();
    expect(chooseExtraction(article, 'selection')).toMatchObject({ ok: true, article: { selectionOnly: true } });
  });

  it('clips the page when the selection mode finds no selection', () => {
    const article = captureDocument(parseHtml(articlePage(), URL_A), URL_A, null);
    expect(chooseExtraction(article, 'selection')).toEqual(article.article);
  });
});
