import type { MetaSource } from '../schemas/article.ts';
import { foldForMatch } from './fold-for-match.ts';
import { all, ELSEWHERE, norm, textOf, wordsOf } from './dom-helpers.ts';
import type { JsonLdArticle } from './read-json-ld.ts';
import type { MetaMap } from './read-meta.ts';

export interface TitleResult {
  title: string;
  source: MetaSource;
  /** The visible headline element, when one was found. */
  element: Element | null;
}

const SEPARATOR = /^\s*(?:[-|–—:·»/\\]|::)\s*/;
const OUTSIDE = `head, [class*="menu"], ${ELSEWHERE}`;

const key = (s: string): string => foldForMatch(norm(s)).replace(/[“”"'‘’«»]/g, '"');

/**
 * How well a visible heading matches what the page's metadata calls the
 * headline: 3 equal, 2 the metadata adds a site or section name around it,
 * 1 the metadata is a truncated start of it, 0.5 most of its words, 0 unrelated.
 */
function relation(heading: string, candidate: string): number {
  if (heading === candidate) return 3;
  if (heading.length < 8) return 0;
  if (candidate.startsWith(heading) && SEPARATOR.test(candidate.slice(heading.length))) return 2;
  if (candidate.endsWith(heading) && /[-|–—:·»/\\]\s*$/.test(candidate.slice(0, -heading.length))) return 2;
  if (heading.startsWith(candidate.replace(/\s*(\.\.\.|…)$/, '')) && candidate.length >= 0.6 * heading.length) return 1;
  // An SEO title reworded around the headline still shares most of its words.
  const words = wordsOf(heading);
  const other = new Set(wordsOf(candidate));
  return words.length >= 4 && words.filter((w) => other.has(w)).length >= 0.8 * words.length ? 0.5 : 0;
}

/** Strips " - Site" / " | Section | Site" tails (and a leading site name) from a document title. */
export function cleanTitle(title: string, siteName: string | null): string {
  const parts = norm(title).split(/\s+[|–—-]\s+|\s*::\s*/);
  const site = siteName ? key(siteName) : '';
  const isSite = (s: string): boolean => !!site && site.includes(key(s));
  // Short tails are sections and site names, as long as four words of headline stay.
  while (parts.length > 1 && parts.slice(0, -1).join(' ').split(' ').length >= 4 && (parts.at(-1)!.split(' ').length <= 5 || isSite(parts.at(-1)!))) parts.pop();
  while (parts.length > 1 && isSite(parts[0]!)) parts.shift();
  return parts.join(' - ');
}

/**
 * The article's headline. Visible headings (h1, h2, h3 or a "title" element)
 * are matched against JSON-LD, Open Graph, Twitter and <title>, so a category
 * <h1> or a site name never wins over the real headline, even when the page
 * puts it in an <h2>.
 */
export function findTitle(doc: Document, meta: MetaMap, ld: JsonLdArticle | null, siteName: string | null): TitleResult | null {
  const candidates: [string, MetaSource][] = [];
  if (ld?.headline) candidates.push([ld.headline, 'jsonld']);
  for (const k of ['og:title', 'twitter:title', 'title']) {
    const v = meta.get(k);
    if (v) candidates.push([v, 'meta']);
  }
  const docTitle = norm(doc.title);
  if (docTitle) candidates.push([docTitle, 'meta']);
  const keyed = candidates.map(([t, s]) => [key(t), s] as const);

  let best: { el: Element; rel: number; rank: number; source: MetaSource } | null = null;
  for (const el of all(doc, 'h1, h2, h3, [class*="title"], [itemprop="headline"]')) {
    if (el.closest(OUTSIDE)) continue;
    const text = textOf(el);
    if (text.length < 8 || text.length > 300) continue;
    const k = key(text);
    let rel = 0;
    let source: MetaSource = 'heading';
    for (const [c, s] of keyed) {
      const r = relation(k, c);
      if (r > rel) [rel, source] = [r, r === 3 ? s : 'heading'];
    }
    const rank = /^H1$/i.test(el.tagName) ? 3 : /^H[23]$/i.test(el.tagName) ? 2 : 1;
    if (rel && (!best || rel > best.rel || (rel === best.rel && rank > best.rank))) best = { el, rel, rank, source };
  }
  if (best) return { title: textOf(best.el), source: best.source, element: best.el };

  const first = candidates[0];
  if (first) return { title: cleanTitle(first[0], siteName), source: first[1], element: null };
  const h1 = all(doc, 'h1').find((h) => !h.closest(`a, header, ${ELSEWHERE}`) && textOf(h).length >= 8);
  return h1 ? { title: textOf(h1), source: 'heading', element: h1 } : null;
}
