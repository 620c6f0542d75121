import { CAPTION_MARK } from './collect-images.ts';
import { norm, removeNode, tagOf, textOf } from './dom-helpers.ts';

/** One paragraph of text as a reader sees it, with the nodes that make it up. */
export interface Block {
  text: string;
  /** The nearest block element (or the fragment) holding the text. */
  el: ParentNode & Node;
  /** Children of `el` whose text makes up this block. */
  nodes: Node[];
}

const BLOCK = new Set(
  'P DIV H1 H2 H3 H4 H5 H6 LI UL OL DL DT DD BLOCKQUOTE PRE TABLE THEAD TBODY TFOOT TR CAPTION FIGURE FIGCAPTION SECTION ARTICLE HEADER FOOTER ASIDE MAIN ADDRESS HR CENTER DETAILS SUMMARY'.split(' '),
);
const SKIP = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG MATH BUTTON SELECT TEXTAREA'.split(' '));
// vnexpress-style "TP HCM" place stamps are styled apart from the sentence they open.
const STAMP = /location|stamp|dateline-place/;

/** Splits `root` into reading blocks: one per paragraph, heading, list item or table row. Captions marked out of the text are skipped. */
export function toBlocks(root: ParentNode & Node): Block[] {
  const blocks: Block[] = [];
  let buf = '';
  let nodes: Node[] = [];
  let owner: ParentNode & Node = root;
  const flush = (): void => {
    const text = buf.split('\n').map(norm).filter(Boolean).join('\n');
    if (text) blocks.push({ text, el: owner, nodes });
    buf = '';
    nodes = [];
  };
  const visit = (node: Node, top: Node): void => {
    if (node.nodeType === 3) {
      // Line breaks in the source are spaces; only <br> breaks a line.
      buf += (node.textContent ?? '').replace(/[\n\r\t]+/g, ' ');
      if (nodes[nodes.length - 1] !== top) nodes.push(top);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = tagOf(el);
    if (SKIP.has(tag) || el.hasAttribute(CAPTION_MARK)) return;
    if (tag === 'BR') {
      // <br><br> parts paragraphs (older CMSs); a single <br> breaks a line.
      if (/\n[^\S\n]*$/.test(buf)) flush();
      else buf += '\n';
      return;
    }
    if (BLOCK.has(tag)) {
      flush();
      const outer = owner;
      owner = el;
      for (const c of Array.from(el.childNodes)) visit(c, c);
      flush();
      owner = outer;
      return;
    }
    for (const c of Array.from(el.childNodes)) visit(c, top);
    if (tag === 'TD' || tag === 'TH') buf += ' ';
    else if (STAMP.test(el.getAttribute('class') ?? '') && textOf(el)) buf += ' - ';
  };
  for (const c of Array.from(root.childNodes)) visit(c, c);
  flush();
  return blocks;
}

/** Removes a block from the tree: its element when the block is all of it, else just its nodes. */
export function removeBlock(block: Block, root: ParentNode & Node): void {
  if (block.el !== root && textOf(block.el) === norm(block.text.replace(/\n/g, ' '))) removeNode(block.el);
  else for (const n of block.nodes) removeNode(n);
}

/** Paragraphs separated by a blank line. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
