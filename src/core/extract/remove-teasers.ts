import { all, byTag, hasText, linkTextLength, removeNode, textLengths, textOf } from './dom-helpers.ts';

/**
 * A teaser: a block that opens with a linked headline to another story (in
 * a heading, or beside its picture) and adds at most a short summary.
 */
export function isTeaser(el: Element): boolean {
  // The link first: most blocks have none, and then the block's text is never needed.
  const link = byTag(el, 'a').find((a) => textOf(a).length >= 15);
  if (!link) return false;
  const text = textOf(el);
  if (!text.startsWith(textOf(link)) || text.length - linkTextLength(el) > 300) return false;
  const heading = link.closest('h1, h2, h3, h4, h5, h6');
  return !!el.querySelector('img') || (!!heading && el.contains(heading));
}

/**
 * Removes runs of two or more sibling teasers: the "read also" cards a CMS
 * embeds in or around the body without a label (a title and its sapo each).
 * Empty siblings (ad slots) do not break a run; prose does.
 */
export function removeTeaserRuns(root: ParentNode & Node, keep: (el: Element) => boolean = () => false): void {
  const raw = textLengths(root);
  for (const parent of [root, ...all(root, '*')]) {
    let run: Element[] = [];
    const flush = (): void => {
      if (run.length > 1) run.forEach(removeNode);
      run = [];
    };
    for (const child of Array.from(parent.children)) {
      const size = raw.get(child) ?? 0;
      if (size < 2000 && !hasText(child)) continue;
      if (size < 2000 && isTeaser(child) && !keep(child)) run.push(child);
      else flush();
    }
    flush();
  }
}
