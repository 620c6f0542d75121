import { foldForMatch } from './fold-for-match.ts';
import { BOILERPLATE_HINTS, BOILERPLATE_PARTS, BOX_LABEL, JUNK_TAGS } from './boilerplate-rules.ts';
import { all, attr, byTag, hintsOf, isElement, linkTextLength, nameParts, norm, remembered, removeNode, tagOf, textOf } from './dom-helpers.ts';
import { removeTeaserRuns } from './remove-teasers.ts';

const FURNITURE_TAGS = /^(NAV|ASIDE|FOOTER|HEADER)$/;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Text of the <p> prose (outside links) under `el`. */
function proseLength(el: Element): number {
  let n = 0;
  for (const p of byTag(el, 'p')) {
    const len = textOf(p).length - linkTextLength(p);
    if (len >= 40) n += len;
  }
  return n;
}

// CMS widgets name their kind in an attribute: VCCorp's type="RelatedNewsBox",
// vnexpress's data-component-type="tin_xemthem".
const KIND_ATTRIBUTES = ['type', 'data-type', 'data-component-type', 'data-role', 'data-widget'];

const FURNITURE_NAMING = [...KIND_ATTRIBUTES, 'id', 'class'];

function isFurnitureToken(token: string): boolean {
  // Parts split at - and _ and at camelCase humps: "adsMiddle", "box_tags".
  // Utility classes with a variant ("print:text-black") say nothing of content.
  return (
    !!token &&
    !token.includes(':') &&
    (BOILERPLATE_HINTS.test(token.toLowerCase().replace(/[-_]/g, '')) ||
      nameParts(token).some((p) => BOILERPLATE_PARTS.has(p)))
  );
}

const namesFurniture = remembered((value) => value.split(/\s+/).some(isFurnitureToken));

// Inline elements are words of a sentence (cafef's a.seo-suggest-link): a
// class on them never makes them furniture.
const INLINE = /^(A|SPAN|STRONG|B|EM|I|U|S|FONT|SMALL|SUB|SUP|MARK|CODE|ABBR|TIME|Q|CITE|BR|IMG)$/;

// Hidden by class only as a whole token ("overflow-hidden" is layout), and
// not when a breakpoint shows it again ("hidden md:block", "d-none d-lg-flex").
const HIDDEN_CLASS = /(^|\s)(hidden|hide|invisible|d-none)(\s|$)/;
const SHOWN_AT_BREAKPOINT = /(^|\s)((sm|md|lg|xl):(block|flex|grid|inline)|d-(sm|md|lg|xl)-(block|flex|grid|inline))/;

function isFurniture(el: Element): boolean {
  const tag = tagOf(el);
  if (INLINE.test(tag)) return false;
  if (FURNITURE_TAGS.test(tag)) return true;
  const cls = attr(el, 'class');
  if (HIDDEN_CLASS.test(cls) && !SHOWN_AT_BREAKPOINT.test(cls)) return true;
  if (el.hasAttribute('hidden') || attr(el, 'aria-hidden') === 'true' || HIDDEN_STYLE.test(attr(el, 'style'))) return true;
  return FURNITURE_NAMING.some((a) => namesFurniture(attr(el, a)));
}

// A label, then a separator or the end: "Xem thêm: …", ">> Đọc thêm", "Tin liên quan »".
const LABEL_PREFIX = /^[\s>»›•*|-]*(.{2,40}?)\s*(?:[:：>»›|]|$)/;

/** Length of the box label a text starts with ("Xem thêm:", "Tin liên quan", ">> Đọc thêm"), or 0. */
export function labelPrefix(text: string): number {
  const m = LABEL_PREFIX.exec(foldForMatch(text.slice(0, 60)));
  return m && BOX_LABEL.test(m[1]!.replace(/[\s.…]+$/, '')) ? m[0].length : 0;
}

/** True for a box heading such as "Tin liên quan", "TIN CÙNG CHUYÊN MỤC" or "Xem thêm:". */
export function isBoxLabel(text: string): boolean {
  const t = norm(text);
  const n = t.length <= 40 ? labelPrefix(t) : 0;
  return n > 0 && !/[\p{L}\p{N}]/u.test(t.slice(n));
}

/** Length of the label an element starts with (in its leading text, or its whole text), or 0. */
function leadingLabel(el: Element): number {
  // Parsers may split "&gt;&gt; Xem thêm:" into several text nodes.
  let lead = '';
  for (const n of Array.from(el.childNodes)) {
    if (!isElement(n)) lead += n.textContent ?? '';
    else if (norm(lead)) break;
    else return (el.textContent?.length ?? 0) > 300 ? 0 : labelPrefix(textOf(el));
  }
  return labelPrefix(norm(lead));
}

/**
 * Removes a box introduced by a label: the label element grows to the
 * ancestor holding it and its links as long as that ancestor adds little
 * text outside links; a lone heading also takes the link lists right after
 * it; a "Xem thêm: <link>" line goes when the rest of it is links.
 */
function removeLabelledBox(label: Element, labelLength: number, root: Node, keep: (el: Element) => boolean): void {
  let box = label;
  for (let p = box.parentElement; p && p !== root && tagOf(p) !== 'BODY' && !keep(p); p = p.parentElement) {
    const total = textOf(p).length;
    const own = total - linkTextLength(p) - labelLength;
    if (own > Math.max(40, 0.25 * total)) break;
    box = p;
  }
  const links = linkTextLength(label);
  if (box === label && textOf(label).length - links - labelLength > 10) return;
  // Teasers after a heading (a linked title and its sapo) go too; prose with few links stops it.
  for (let next = box === label && links ? null : box.nextElementSibling; next && !keep(next); ) {
    const after = next.nextElementSibling;
    const text = textOf(next).length;
    if (text && (byTag(next, 'a').length === 0 || linkTextLength(next) < 0.25 * text)) break;
    removeNode(next);
    next = after;
  }
  removeNode(box);
}

/** Removes every box introduced by a related-news, most-read, tags or comments label. */
export function removeLabelledBoxes(root: ParentNode & Node, keep: (el: Element) => boolean = () => false): void {
  for (const el of all(root, 'h1, h2, h3, h4, h5, h6, p, div, span, strong, b, em, i, u, font, li, dt, header, section, label')) {
    // The label first: it is cheap, and most elements have none.
    const label = leadingLabel(el);
    const length = label && root.contains(el) && !keep(el) ? label : 0;
    // The innermost element carrying the label is the box's heading.
    if (!length || Array.from(el.children).some((c) => leadingLabel(c) > 0)) continue;
    removeLabelledBox(el, length, root, keep);
  }
}

/**
 * Pre-Readability clean-up of a cloned page: scripts, forms (not one
 * holding the article) and hidden parts, page furniture marked by tag or class (menus, share bars, related
 * lists, comments, ads), runs of teasers and labelled boxes. An element holding a large share
 * of the page's prose is never removed, whatever its class says.
 */
export function removeBoilerplate(root: ParentNode & Node, main: Element | null): void {
  // ASP.NET pages wrap the whole page in one <form>: it goes only when the article is not in it.
  for (const el of all(root, JUNK_TAGS)) if (!main || !el.contains(main)) removeNode(el);
  const mainProse = main ? proseLength(main) : 0;
  // Comment threads and related boxes can hold much prose (live pages load
  // them); only the article's own ancestors are safe from their rule.
  const keep = (el: Element): boolean =>
    (main !== null && el.contains(main)) || (mainProse > 0 && !/comment|binhluan|disqus|relate|lienquan/.test(hintsOf(el)) && proseLength(el) >= 0.3 * mainProse);
  for (const el of all(root, 'body *')) {
    if (isFurniture(el) && root.contains(el) && !keep(el)) removeNode(el);
  }
  removeTeaserRuns(root, keep);
  removeLabelledBoxes(root, keep);
}
