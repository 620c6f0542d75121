import type { ArticleImage, ExtractError, ExtractResult } from '../schemas/article.ts';
import { buildArticle, type DetectLanguage } from './build-article.ts';
import { cleanBody, type CleanBody } from './clean-body.ts';
import { cleanUrl } from './clean-url.ts';
import { all, atPath, countWords, linkDensity, pathOf, removeNode, textOf } from './dom-helpers.ts';
import { findByline, findSignature } from './find-byline.ts';
import { findLeadElement } from './find-lead.ts';
import { isHomeUrl } from './find-canonical-url.ts';
import { findMainContainer } from './find-main-container.ts';
import { isHtmlDocument } from './is-html-document.ts';
import { readPageMetadata, type PageMetadata } from './read-page-metadata.ts';
import { removeBoilerplate } from './remove-boilerplate.ts';
import { runReadability } from './run-readability.ts';
import { sanitizeHtml } from './sanitize-html.ts';
import { LEAD_MARK } from './split-lead.ts';
import { blocksText, toBlocks } from './to-blocks.ts';

export interface ExtractOptions {
  /** The page's address (the live tab's URL, or the URL a saved file came from). */
  url: string;
  /** ISO 639-1 code of a text; without it `lang` is `und`. */
  detectLanguage?: DetectLanguage;
}

/** Fewer words than this (sapo and body together) is not an article. */
export const MIN_ARTICLE_WORDS = 30;

interface Body extends CleanBody {
  content: Element;
  title: string;
  readabilityByline: string | null;
  signature: string | null;
}

function looksLikeListing(content: Element): boolean {
  const density = linkDensity(content);
  return density > 0.5 || (all(content, 'h2 a, h3 a, h4 a').length >= 3 && density > 0.25);
}

/**
 * One pass over a fresh clone of the page (Readability rewrites the tree it
 * is given): sapo and headline set aside, page furniture removed when
 * `clean`, Readability, then the body clean-up.
 */
function readBody(document: Document, page: PageMetadata, url: string, clean: boolean): Body | ExtractError {
  const doc = document.cloneNode(true) as Document;
  const headline = page.title?.element ? atPath(doc, pathOf(page.title.element)) : null;
  const main = findMainContainer(doc);
  const leadEl = findLeadElement(doc, page.meta, headline);
  let outsideLead: string | null = null;
  if (leadEl && main?.contains(leadEl)) leadEl.setAttribute(LEAD_MARK, '1');
  else if (leadEl) {
    outsideLead = toBlocks(leadEl).map((b) => b.text).join(' ');
    removeNode(leadEl);
  }
  if (headline && !(main && headline.contains(main))) {
    // Short lines right above the headline are its kicker, category or dateline.
    for (let prev = headline.previousElementSibling, i = 0; prev && i < 2; i++) {
      const before = prev.previousElementSibling;
      if (textOf(prev).length <= 60 && !prev.querySelector('img') && !(main && prev.contains(main))) removeNode(prev);
      prev = before;
    }
    removeNode(headline);
  }
  const signature = findSignature(main);
  if (clean) removeBoilerplate(doc, main);

  const read = runReadability(doc);
  if (!read || !textOf(read.content)) return 'no-article-found';
  if (looksLikeListing(read.content)) return 'no-article-found';
  const title = page.title?.title || read.title?.trim() || '';
  if (!title) return 'no-article-found';
  const body = cleanBody(read.content, { title, slugs: page.slugs, lead: outsideLead, baseUrl: page.canonical.url || url });
  if (countWords(`${body.lead} ${blocksText(body.blocks)}`) < MIN_ARTICLE_WORDS) return 'too-short';
  return { ...body, content: read.content, title, readabilityByline: read.byline, signature };
}

/** The page's share picture, for an article whose body shows none. */
function shareImage(page: PageMetadata, base: string): ArticleImage[] {
  const src = cleanUrl(page.ld?.image ?? page.meta.get('og:image') ?? page.meta.get('twitter:image'), base);
  return src ? [{ src }] : [];
}

function extract(document: Document, { url, detectLanguage }: ExtractOptions): ExtractResult {
  if (!isHtmlDocument(document)) return { ok: false, error: 'not-html' };
  const page = readPageMetadata(document, url);
  if (isHomeUrl(url) && !page.ld) return { ok: false, error: 'no-article-found', detail: 'home page' };
  // If the clean-up took the article with it, Readability alone gets a second chance.
  let body = readBody(document, page, url, true);
  if (typeof body === 'string') {
    const plain = readBody(document, page, url, false);
    if (typeof plain === 'string') return { ok: false, error: body };
    body = plain;
  }
  const base = page.canonical.url || url;
  const article = buildArticle(
    {
      url,
      page,
      title: body.title,
      titleSource: page.title?.title ? page.title.source : 'readability',
      lead: body.lead,
      text: blocksText(body.blocks),
      html: sanitizeHtml(body.content, base),
      byline: findByline(page.meta, page.ld, page.site.name, page.visibleByline, body.byline ?? body.signature, body.readabilityByline),
      images: body.images.length ? body.images : shareImage(page, base),
    },
    detectLanguage,
  );
  return { ok: true, article };
}

/**
 * The article of a page: Readability plus the clean-up Vietnamese news pages
 * need, and the metadata (headline, sapo, byline, dates, site, canonical
 * address). Works on any Document (a clone of the live page, or a file parsed
 * by linkedom) and never changes it. Never throws: a page that is not an
 * article gives an error code.
 */
export function extractArticle(document: Document, options: ExtractOptions): ExtractResult {
  try {
    return extract(document, options);
  } catch (e) {
    return failure(e);
  }
}

/** What a throwing extraction returns: no article, with the reason. */
export function failure(e: unknown): ExtractResult {
  return { ok: false, error: 'no-article-found', detail: e instanceof Error ? e.message : String(e) };
}
