import type { ArticleImage } from '../schemas/article.ts';
import { foldForMatch } from './fold-for-match.ts';
import { CAPTION_TAIL, CHROME_LINE, CREDIT_LINE } from './boilerplate-rules.ts';
import { collectImages } from './collect-images.ts';
import { all, byTag, isElement, linkDensity, linkTextLength, removeNode, textOf } from './dom-helpers.ts';
import { cleanByline } from './find-byline.ts';
import { key } from './find-lead.ts';
import { parseDateline } from './parse-dateline.ts';
import { isBoxLabel, removeLabelledBoxes } from './remove-boilerplate.ts';
import { splitLead } from './split-lead.ts';
import { removeBlock, toBlocks, type Block } from './to-blocks.ts';

export interface BodyContext {
  title: string;
  /** Names that are not body text when they stand alone: site, section, breadcrumb. */
  slugs: string[];
  /** The sapo found outside the body, if any. */
  lead: string | null;
  baseUrl: string | undefined;
}

export interface CleanBody {
  blocks: Block[];
  lead: string;
  images: ArticleImage[];
  /** The signature line that closed the body, if it named the author. */
  byline: string | null;
}

/** A line that only states a date ("23/03/2015 08:06 GMT+7", "Thứ tư, 20/10/2021"). */
export function isDatelineOnly(text: string): boolean {
  return text.length <= 60 && parseDateline(text) !== null && (text.match(/\p{L}/gu)?.length ?? 0) <= 25;
}

/** Lists, tables and boxes that are mostly links to other pages. */
function removeLinkLists(root: Element): void {
  for (const el of all(root, 'ul, ol, table, div, section, dl')) {
    if (byTag(el, 'a').length < 2 || !root.contains(el) || linkDensity(el) < 0.7) continue;
    if (textOf(el).length - linkTextLength(el) < 80) removeNode(el);
  }
}

/** Share-bar remnants, lone credit lines, orphan captions and box headings left in the body. */
function isNoise(text: string): boolean {
  const folded = foldForMatch(text);
  return (
    (text.length <= 80 && (CHROME_LINE.test(folded) || CREDIT_LINE.test(folded))) ||
    (text.length <= 250 && CAPTION_TAIL.test(folded) && !cleanByline(text)) ||
    isBoxLabel(text)
  );
}

/**
 * Vietnamese-news clean-up of the body Readability returned, working on the
 * tree so the text and the HTML stay the same article: link lists, labelled
 * boxes, captions (to `images`), share and credit lines, the repeated
 * headline, datelines and slug lines at the top, the sapo, and the signature
 * at the end.
 */
export function cleanBody(root: Element, ctx: BodyContext): CleanBody {
  removeLabelledBoxes(root);
  removeLinkLists(root);
  const images = collectImages(root, ctx.baseUrl);
  const slugs = new Set([ctx.title, ...ctx.slugs].map(key).filter(Boolean));
  const drop = (b: Block): void => removeBlock(b, root);

  let blocks = toBlocks(root).filter((b) => (isNoise(b.text) ? (drop(b), false) : true));
  const dropTop = (): void => {
    while (blocks[0] && (slugs.has(key(blocks[0].text)) || isDatelineOnly(blocks[0].text))) drop(blocks.shift()!);
  };
  dropTop();
  const lead = splitLead(blocks, ctx.lead, root);
  dropTop();

  let byline: string | null = null;
  while (blocks.length > 1) {
    const last = blocks[blocks.length - 1]!;
    // A name closing a list or table is content (award winners, a roll call), not a signature.
    const listed = isElement(last.el) && last.el.closest('li, td, th, dd, h1, h2, h3, h4') !== null;
    if (isDatelineOnly(last.text)) drop(blocks.pop()!);
    else if (!byline && !listed && last.text.length <= 60 && (byline = cleanByline(last.text))) drop(blocks.pop()!);
    else break;
  }
  blocks = blocks.filter((b) => b.text);
  return { blocks, lead, images, byline };
}
