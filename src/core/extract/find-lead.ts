import { foldForMatch } from './fold-for-match.ts';
import { all, attr, ELSEWHERE, isAfter, nameParts, norm, remembered, textLengths, textOf } from './dom-helpers.ts';
import { firstMeta, type MetaMap } from './read-meta.ts';

const SAPO_PARTS = new Set('sapo sap lead lede summary description chapeau chappeau excerpt intro abstract teaser standfirst subtitle tomtat deck'.split(' '));
const NOT_LEAD = `a, head, [class*="comment"], ${ELSEWHERE}`;

export const key = (s: string): string => foldForMatch(norm(s)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// "detail-sapo", "sapo_news", "b-article__lead", "ArticleLead", id="chapeau".
const namesSapo = remembered((names) => names.split(/\s+/).some((token) => /sapo/i.test(token) || nameParts(token).some((p) => SAPO_PARTS.has(p))));

function hasSapoHint(el: Element): boolean {
  return namesSapo(`${attr(el, 'class')} ${attr(el, 'id')}`);
}

/**
 * The sapo (lead) element: one whose class says so (sapo, lead, description,
 * summary…) after the headline, else the element whose text is the page's
 * meta description. Returns null when the page states neither.
 */
export function findLeadElement(doc: Document, meta: MetaMap, headline: Element | null): Element | null {
  // Raw lengths first: normalising the text of every page-wide wrapper is what costs.
  const raw = textLengths(doc);
  const usable = (el: Element, len = textOf(el).length): boolean =>
    len >= 30 && len <= 1500 && !el.closest(NOT_LEAD) && (!headline || !el.contains(headline));
  const sized = (el: Element, max = 4000): boolean => {
    const size = raw.get(el) ?? 0;
    return size >= 30 && size <= max;
  };
  const hinted = all(doc, 'body [class], body [id]').filter((el) => hasSapoHint(el) && sized(el) && usable(el));
  // Before the headline a "sapo" is some other story's teaser.
  const hintedLead = headline ? hinted.find((el) => isAfter(el, headline)) : hinted[0];
  if (hintedLead) return hintedLead;

  const description = key(firstMeta(meta, ['og:description', 'description', 'twitter:description']) ?? '').replace(/\s*(\.\.\.|…)$/, '');
  if (description.length < 30) return null;
  const probe = description.slice(0, 60);
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of all(doc, 'body p, body h2, body h3, body h4, body div, body strong, body b, body em, body span, body section')) {
    if (!sized(el, Math.min(4000, 3 * description.length + 500))) continue;
    const text = textOf(el);
    if (text.length > 3 * description.length + 50 || !key(text.slice(0, 2 * probe.length)).startsWith(probe) || !usable(el, text.length)) continue;
    if (!best || text.length <= bestLength) [best, bestLength] = [el, text.length];
  }
  return best;
}
