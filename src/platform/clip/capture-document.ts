import { extractArticle } from '../../core/extract/extract-article.ts';
import { extractSelection } from '../../core/extract/extract-selection.ts';
import type { ExtractResult } from '../../core/schemas/article.ts';
import type { PageCapture } from './page-capture.ts';

// What the extract script does inside the page (entrypoints/extract.ts).
// It runs in the web page's isolated world, so it stays small: the
// extraction core and Readability, no zod, franc, Dexie or tagger (only types
// are imported from the schemas). The background validates and does the rest.

export interface PageSelection {
  text: string;
  html: string;
}

/** The user's selection as text and HTML; null when nothing is selected. */
export function readSelection(win: Pick<Window, 'getSelection' | 'document'>): PageSelection | null {
  const selection = win.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const text = selection.toString();
  if (!text.trim()) return null;
  const holder = win.document.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) holder.appendChild(selection.getRangeAt(i).cloneContents());
  return { text, html: holder.innerHTML };
}

function safely(run: () => ExtractResult): ExtractResult {
  try {
    return run();
  } catch (error) {
    return { ok: false, error: 'no-article-found', detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Extracts the article, and the selection when there is one, from the live
 * page. Both leave the document they are given as it was (the article is read
 * from a clone the extraction makes itself), so the page is not cloned here:
 * a clone of a news page costs as much as Readability's own run.
 */
export function captureDocument(document: Document, url: string, selection: PageSelection | null): PageCapture {
  const article = safely(() => extractArticle(document, { url }));
  const selected = selection
    ? { ...selection, result: safely(() => extractSelection(document, { url, selectionHtml: selection.html, selectionText: selection.text })) }
    : null;
  return { url, title: document.title, article, selection: selected };
}
