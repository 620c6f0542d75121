import type { ExtractResult } from '../schemas/article.ts';
import { buildArticle } from './build-article.ts';
import { collectImages } from './collect-images.ts';
import { norm } from './dom-helpers.ts';
import { findByline } from './find-byline.ts';
import { failure, type ExtractOptions } from './extract-article.ts';
import { readPageMetadata } from './read-page-metadata.ts';
import { sanitizeHtml } from './sanitize-html.ts';
import { blocksText, toBlocks } from './to-blocks.ts';

export interface SelectionOptions extends ExtractOptions {
  /** The selected range serialised as HTML. */
  selectionHtml: string;
  /** The selection as plain text (used when the HTML holds no text). */
  selectionText: string;
}

/**
 * Clips only what the user selected: the page's metadata (headline, byline,
 * dates, site, canonical address) with the selection as the body, sanitised.
 */
export function extractSelection(document: Document, options: SelectionOptions): ExtractResult {
  try {
    const page = readPageMetadata(document, options.url);
    // A <template> parses without running scripts or loading images.
    const template = document.createElement('template');
    template.innerHTML = options.selectionHtml;
    const root = (template as HTMLTemplateElement).content ?? template;
    const base = page.canonical.url || options.url;
    const fromHtml = blocksText(toBlocks(root));
    const text = fromHtml || options.selectionText.split(/\n\s*\n/).map(norm).filter(Boolean).join('\n\n');
    if (!text) return { ok: false, error: 'too-short', detail: 'empty selection' };
    const title = page.title?.title || norm(document.title) || options.url;
    const article = buildArticle(
      {
        url: options.url,
        page,
        title,
        titleSource: page.title?.title ? page.title.source : 'url',
        lead: '',
        text,
        html: sanitizeHtml(root, base),
        byline: findByline(page.meta, page.ld, page.site.name, page.visibleByline, null, null),
        images: collectImages(root, base),
        selectionOnly: true,
      },
      options.detectLanguage,
    );
    return { ok: true, article };
  } catch (e) {
    return failure(e);
  }
}
