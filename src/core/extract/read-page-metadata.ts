import { all, textOf } from './dom-helpers.ts';
import { findVisibleByline } from './find-byline.ts';
import { findCanonicalUrl, type CanonicalUrl } from './find-canonical-url.ts';
import { findPublishedAt, type PageDates } from './find-published-at.ts';
import { findSiteName, type SiteName } from './find-site-name.ts';
import { findTitle, type TitleResult } from './find-title.ts';
import { readJsonLd, type JsonLdArticle } from './read-json-ld.ts';
import { readMeta, type MetaMap } from './read-meta.ts';

/** Everything a page says about its article besides the body. */
export interface PageMetadata {
  meta: MetaMap;
  ld: JsonLdArticle | null;
  title: TitleResult | null;
  site: SiteName;
  dates: PageDates;
  canonical: CanonicalUrl;
  /** A byline shown in a byline element (class "author" and the like). */
  visibleByline: string | null;
  /** Site, section and breadcrumb names: a body line equal to one of them is a slug line. */
  slugs: string[];
}

/** Reads the metadata of a page without changing it. */
export function readPageMetadata(doc: Document, url: string): PageMetadata {
  const meta = readMeta(doc);
  const ld = readJsonLd(doc);
  const site = findSiteName(meta, ld, url);
  const title = findTitle(doc, meta, ld, site.name);
  const crumbs = all(doc, '[class*="breadcrumb"] a, [class*="breadcrumb"] li, [itemtype*="Breadcrumb"] a').map(textOf);
  const slugs = [site.name, meta.get('article:section'), meta.get('articlesection'), ...crumbs].filter((s): s is string => !!s && s.length <= 60);
  return {
    meta,
    ld,
    title,
    site,
    dates: findPublishedAt(meta, ld, title?.element ?? null, url),
    canonical: findCanonicalUrl(doc, meta, url),
    visibleByline: findVisibleByline(doc),
    slugs,
  };
}
