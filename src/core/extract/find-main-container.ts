import { all, linkTextLength, textOf } from './dom-helpers.ts';

/**
 * The element that directly holds most of the page's paragraph prose (text
 * of <p> outside links). Clean-up rules never remove it or its ancestors, so
 * a class name like "sidebar-1" or "detail-footer" on a wrapper cannot take
 * the article with it.
 */
export function findMainContainer(root: ParentNode): Element | null {
  const score = new Map<Element, number>();
  for (const p of all(root, 'p')) {
    const len = textOf(p).length - linkTextLength(p);
    if (len < 40 || !p.parentElement) continue;
    score.set(p.parentElement, (score.get(p.parentElement) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) [best, bestScore] = [el, s];
  return best;
}
