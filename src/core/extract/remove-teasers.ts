import { all, byTag, linkTextLength, removeNode, textLengths, textOf } from './dom-helpers.ts';

/**
 * A teaser: a block that opens with a linked headline to another story (in
 * a heading, or beside its picture) and adds at most a short summary.
 * `link` is the block's first link of a headline's length (15 characters or
 * more; null for none), `linkText` a link's text: the page-wide walk finds them once.
 */
export function isTeaser(el: Element, link: Element | null | undefined = byTag(el, 'a').find((a) => textOf(a).length >= 15), linkText: (a: Element) => string = textOf): boolean {
  if (!link) return false;
  const text = textOf(el);
  if (!text.startsWith(linkText(link)) || text.length - linkTextLength(el, linkText) > 300) return false;
  const heading = link.closest('h1, h2, h3, h4, h5, h6');
  return !!el.querySelector('img') || (!!heading && el.contains(heading));
}

/**
 * Removes runs of two or more sibling teasers: the "read also" cards a CMS
 * embeds in or around the body without a label (a title and its sapo each).
 * Empty siblings (ad slots) do not break a run; prose does.
 */
export function removeTeaserRuns(root: ParentNode & Node, keep: (el: Element) => boolean = () => false): void {
  const shown = new Set<Node>();
  const raw = textLengths(root, shown);
  // Each link's text read once, and each block's first headline link found
  // from the links up (document order: the first to reach an ancestor is its first).
  const texts = new Map<Element, string>();
  const headlineLink = new Map<Element, Element>();
  for (const a of all(root, 'a')) {
    const text = textOf(a);
    texts.set(a, text);
    if (text.length >= 15) for (let p = a.parentElement; p && !headlineLink.has(p); p = p.parentElement) headlineLink.set(p, a);
  }
  const linkText = (a: Element): string => texts.get(a) ?? textOf(a);
  for (const parent of [root, ...all(root, '*')]) {
    let run: Element[] = [];
    const flush = (): void => {
      if (run.length > 1) run.forEach(removeNode);
      run = [];
    };
    // Only siblings before `child` are removed, so walking on from it stays right.
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const size = raw.get(child) ?? 0;
      if (size < 2000 && !shown.has(child)) continue;
      if (size < 2000 && isTeaser(child, headlineLink.get(child) ?? null, linkText) && !keep(child)) run.push(child);
      else flush();
    }
    flush();
  }
}
