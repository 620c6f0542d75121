import { all, textOf } from './dom-helpers.ts';
import { key } from './find-lead.ts';
import { removeBlock, type Block } from './to-blocks.ts';

/** Marks the sapo element inside the cloned page so it can be found again after Readability. */
export const LEAD_MARK = 'data-bantin-lead';

// "(HQ Online) - ", "LSO-", "TT - ", "(Dân trí) - ", "QK2 – ": the paper's
// tag that opens the sapo.
const SOURCE_TAG = /^\(?[\p{Lu}\p{N}][\p{L}\p{N}.]*(?:\s[\p{L}\p{N}.]+){0,3}\)?\s*[-–—]\s*\S/u;

export function startsWithSourceTag(text: string): boolean {
  const dash = text.search(/[-–—]/);
  return dash > 0 && dash <= 25 && SOURCE_TAG.test(text);
}

function isBold(block: Block): boolean {
  const bold = all(block.el, 'strong, b').reduce((n, b) => n + textOf(b).length, 0);
  return bold >= 0.9 * block.text.length;
}

/**
 * Separates the sapo from the body blocks (removing them from the tree) and
 * returns it. `outside` is the sapo found outside the body, if any. The sapo
 * is never written twice: a body lede that repeats it goes, and a teaser that
 * repeats the opening paragraphs (or a truncated sapo) gives way to that
 * paragraph.
 */
export function splitLead(blocks: Block[], outside: string | null, root: Element): string {
  const marked = root.querySelector(`[${LEAD_MARK}]`);
  if (marked) {
    const i = blocks.findIndex((b) => marked.contains(b.el) || b.el.contains(marked));
    if (i >= 0 && i <= 1) {
      const [b] = blocks.splice(i, 1);
      removeBlock(b!, root);
      return b!.text;
    }
    marked.removeAttribute(LEAD_MARK);
  }
  const first = blocks[0];
  if (!first) return outside ?? '';
  const b1 = key(first.text);
  if (outside) {
    const lead = key(outside);
    // Same text, a teaser longer than the lede, a truncated sapo, or the lede with the paper's tag added.
    if (lead === b1 || (b1.length >= 30 && lead.startsWith(b1)) || b1.startsWith(lead) || (b1.includes(lead) && b1.length <= lead.length + 40)) {
      blocks.shift();
      removeBlock(first, root);
      return first.text;
    }
    return outside;
  }
  if (blocks.length >= 3 && first.text.length >= 60 && first.text.length <= 800 && (startsWithSourceTag(first.text) || isBold(first))) {
    blocks.shift();
    removeBlock(first, root);
    return first.text;
  }
  return '';
}
