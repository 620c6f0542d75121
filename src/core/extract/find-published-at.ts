import type { MetaSource } from '../schemas/article.ts';
import { all, isAfter, textOf } from './dom-helpers.ts';
import { parseDateline } from './parse-dateline.ts';
import type { JsonLdArticle } from './read-json-ld.ts';
import { firstMeta, type MetaMap } from './read-meta.ts';
import { formatIso, toIsoDate } from './to-iso-date.ts';

export interface PageDates {
  publishedAt: string | null;
  modifiedAt: string | null;
  sources: { publishedAt?: MetaSource; modifiedAt?: MetaSource };
}

const PUBLISHED_META = 'article:published_time datepublished pubdate publishdate dc.date.issued dc.date date datecreated'.split(' ');
const MODIFIED_META = 'article:modified_time og:updated_time datemodified lastmod dc.date.modified'.split(' ');

// Dates inside lists and links belong to other articles (latest news, related).
const FOREIGN = 'a, li, nav, footer, aside, [class*="relate"], [class*="other"]';

function machineOrVisible(v: string | null): string | null {
  return toIsoDate(v) ?? parseDateline(v);
}

/** The dateline nearest the headline: first one after it, else the closest before it, within a few ancestors. */
export function findDateline(anchor: Element | null): string | null {
  let scope = anchor?.parentElement ?? null;
  for (let level = 0; scope && level < 4; level++, scope = scope.parentElement) {
    let before: string | null = null;
    const skip = new Set<Element>();
    for (const el of all(scope, '*')) {
      if (el.parentElement && skip.has(el.parentElement)) {
        skip.add(el);
        continue;
      }
      const text = textOf(el);
      if (text.length > 90 || !/\d/.test(text) || el.closest(FOREIGN) || el === anchor) continue;
      const iso = parseDateline(el.getAttribute('datetime')) ?? parseDateline(text);
      if (!iso) continue;
      skip.add(el);
      if (!anchor || isAfter(el, anchor)) return iso;
      before = iso;
    }
    if (before) return before;
  }
  return null;
}

/** A date in the address itself: /20150323/ or an id such as -20221224083224103.htm. */
export function dateFromUrl(url: string): string | null {
  const m = /(?:^|[/_-])(20\d{2})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?\d*)?(?=[/._-]|$)/.exec(url.replace(/^https?:\/\/[^/]+/, ''));
  if (!m) return null;
  return formatIso(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

/** Published and modified times from JSON-LD, meta tags, the visible dateline, then the URL. */
export function findPublishedAt(meta: MetaMap, ld: JsonLdArticle | null, headline: Element | null, url: string): PageDates {
  const sources: PageDates['sources'] = {};
  let publishedAt = toIsoDate(ld?.datePublished);
  if (publishedAt) sources.publishedAt = 'jsonld';
  else if ((publishedAt = machineOrVisible(firstMeta(meta, PUBLISHED_META)))) sources.publishedAt = 'meta';
  else if ((publishedAt = findDateline(headline))) sources.publishedAt = 'dateline';
  else if ((publishedAt = dateFromUrl(url))) sources.publishedAt = 'url';

  let modifiedAt = toIsoDate(ld?.dateModified);
  if (modifiedAt) sources.modifiedAt = 'jsonld';
  else if ((modifiedAt = machineOrVisible(firstMeta(meta, MODIFIED_META)))) sources.modifiedAt = 'meta';
  return { publishedAt, modifiedAt, sources };
}
