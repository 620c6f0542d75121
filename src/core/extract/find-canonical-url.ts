import type { MetaSource } from '../schemas/article.ts';
import { cleanUrl } from './clean-url.ts';
import type { MetaMap } from './read-meta.ts';

export interface CanonicalUrl {
  url: string;
  source: MetaSource;
}

/** True for a site's front page: "/", "/index.html", "/trang-chu" without a query. */
export function isHomeUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return /^\/((index|default|home|trang-chu)(\.\w+)?)?$/i.test(u.pathname) && !u.search;
  } catch {
    return false;
  }
}

/**
 * The page's own address for the article: `link[rel=canonical]`, then
 * `og:url`, then the page URL, each cleaned of tracking parameters. A
 * canonical that points at the site's home page while the page is not the
 * home page is a template mistake and is ignored.
 */
export function findCanonicalUrl(doc: Document, meta: MetaMap, pageUrl: string): CanonicalUrl {
  const page = cleanUrl(pageUrl);
  const declared = [doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), meta.get('og:url')];
  for (const raw of declared) {
    const url = cleanUrl(raw, page ?? undefined);
    if (url && !(isHomeUrl(url) && page && !isHomeUrl(page))) return { url, source: 'meta' };
  }
  return { url: page ?? pageUrl, source: 'url' };
}
