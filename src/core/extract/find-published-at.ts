import type { MetaSource } from '../schemas/article.ts';
import { all, attr, ELSEWHERE, isAfter, norm } from './dom-helpers.ts';
import { parseDateline } from './parse-dateline.ts';
import type { JsonLdArticle } from './read-json-ld.ts';
import { firstMeta, type MetaMap } from './read-meta.ts';
import { isoFromGroups, toIsoDate } from './to-iso-date.ts';

export interface PageDates {
  publishedAt: string | null;
  modifiedAt: string | null;
  sources: { publishedAt?: MetaSource; modifiedAt?: MetaSource };
}

const PUBLISHED_META = 'article:published_time datepublished pubdate publishdate dc.date.issued dc.date date datecreated'.split(' ');
const MODIFIED_META = 'article:modified_time og:updated_time datemodified lastmod dc.date.modified'.split(' ');

// Dates inside lists and links belong to other articles (latest news, related).
const FOREIGN = `a, [class*="other"], ${ELSEWHERE}`;

function machineOrVisible(v: string | null): string | null {
  return toIsoDate(v) ?? parseDateline(v);
}

/** The date an element states on its own (a short line with digits, not in a link or list), or null. */
function datelineOf(el: Element, anchor: Element | null): string | null {
  const raw = el.textContent ?? '';
  // A long text is not normalised whole to see it is long: a normalised start
  // differs from the start of the normalised whole by a character at most.
  const text = raw.length > 900 && norm(raw.slice(0, 900)).length > 92 ? '' : norm(raw);
  if (text.length > 90 || !/\d/.test(text) || el.closest(FOREIGN) || el === anchor) return null;
  return parseDateline(attr(el, 'datetime')) ?? parseDateline(text);
}

/** The dateline nearest the headline: first one after it, else the closest before it, within a few ancestors. */
export function findDateline(anchor: Element | null): string | null {
  // Each wider scope holds the narrower ones: an element is judged once.
  const judged = new Map<Element, string | null>();
  let scope = anchor?.parentElement ?? null;
  for (let level = 0; scope && level < 4; level++, scope = scope.parentElement) {
    let before: string | null = null;
    const skip = new Set<Element>();
    for (const el of all(scope, '*')) {
      if (el.parentElement && skip.has(el.parentElement)) {
        skip.add(el);
        continue;
      }
      let iso = judged.get(el);
      if (iso === undefined) judged.set(el, (iso = datelineOf(el, anchor)));
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
  return m && isoFromGroups(m.slice(1, 7));
}

/** Published and modified times from JSON-LD, meta tags, the visible dateline (published only), then the URL (published only). */
export function findPublishedAt(meta: MetaMap, ld: JsonLdArticle | null, headline: Element | null, url: string): PageDates {
  const sources: PageDates['sources'] = {};
  const find = (key: 'publishedAt' | 'modifiedAt', ldValue: string | null | undefined, metaKeys: string[], ...more: [MetaSource, () => string | null][]): string | null => {
    for (const [source, value] of [['jsonld', () => toIsoDate(ldValue)], ['meta', () => machineOrVisible(firstMeta(meta, metaKeys))], ...more] as const) {
      const iso = value();
      if (iso) return (sources[key] = source), iso;
    }
    return null;
  };
  return {
    publishedAt: find('publishedAt', ld?.datePublished, PUBLISHED_META, ['dateline', () => findDateline(headline)], ['url', () => dateFromUrl(url)]),
    modifiedAt: find('modifiedAt', ld?.dateModified, MODIFIED_META),
    sources,
  };
}
