import type { MetaSource } from '../schemas/article.ts';
import { cleanUrl } from './clean-url.ts';
import type { MetaMap } from './read-meta.ts';

export interface CanonicalUrl {
  url: string;
  source: MetaSource;
}

function isHome(url: string): boolean {
  const u = new URL(url);
  return (u.pathname === '/' || u.pathname === '') && !u.search;
}

/**
 * The page's own address for the article: `link[rel=canonical]`, then
 * `og:url`, then the page URL, each cleaned of tracking parameters. A
 * canonical that points at the site's home page while the page is not the
 * home page is a template mistake and is ignored.
 */
export function findCanonicalUrl(doc: Document, meta: MetaMap, pageUrl: string): CanonicalUrl {
  const page = cleanUrl(pageUrl);
  const link = Array.from(doc.querySelectorAll('link[rel]')).find((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? ''));
  const declared = [link?.getAttribute('href'), meta.get('og:url')];
  for (const raw of declared) {
    const url = cleanUrl(raw, page ?? undefined);
    if (url && !(isHome(url) && page && !isHome(page))) return { url, source: 'meta' };
  }
  return { url: page ?? pageUrl, source: 'url' };
}
