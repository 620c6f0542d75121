import { absoluteUrl } from './absolute-url.ts';
import { JUNK_TAGS } from './boilerplate-rules.ts';
import { imageSource } from './collect-images.ts';
import { tagOf } from './dom-helpers.ts';

// Allow-list sanitiser working on DOM nodes, so it runs the same on linkedom
// and in the browser without an HTML parser of its own. Output is rebuilt
// from scratch: an element is written only if listed here, with only the
// listed attributes, each value checked. Anything unknown is unwrapped (its
// text kept) or, for active content, dropped with everything inside it.

// Tag, then the attributes it may keep.
const ALLOWED: Record<string, string[]> = Object.fromEntries(
  (
    'P BR HR DIV H2 H3 H4 H5 H6 STRONG B EM I U S SUB SUP MARK SMALL BLOCKQUOTE Q CITE CODE PRE UL OL:start LI DL DT DD ' +
    'FIGURE FIGCAPTION TABLE CAPTION THEAD TBODY TFOOT TR TD:colspan:rowspan TH:colspan:rowspan A:href:title ' +
    'IMG:src:alt:title:width:height'
  )
    .split(' ')
    .map((spec) => {
      const [tag, ...attrs] = spec.split(':');
      return [tag!, attrs];
    }),
);
/** The body's own headline level is h2: the article title is the page's only h1. */
const RENAME: Record<string, string> = { H1: 'H2' };
// Elements whose content is not article text: the clean-up's junk and a few more.
const DROP = new Set(`${JUNK_TAGS},frameset,applet,title,head,map,portal`.toUpperCase().split(','));
const VOID = new Set(['BR', 'HR', 'IMG']);
const NUMBER = /^\d{1,4}$/;

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Attribute values are always written between double quotes.
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/** An http(s) or mailto link made absolute, or null for javascript:, data: and anything else. */
export function safeHref(value: string | null, base: string | undefined): string | null {
  return absoluteUrl(value, base, /^(https?|mailto):$/)?.href ?? null;
}

function attributes(el: Element, tag: string, base: string | undefined): string | null {
  let out = '';
  for (const name of ALLOWED[tag] ?? []) {
    let value: string | null;
    if (name === 'href') value = safeHref(el.getAttribute('href'), base);
    else if (name === 'src') value = imageSource(el, base);
    else {
      value = el.getAttribute(name);
      // Every other allowed attribute is a number (width, colspan, start…).
      if (value !== null && name !== 'alt' && name !== 'title' && !NUMBER.test(value.trim())) value = null;
    }
    if ((name === 'href' || name === 'src') && value === null) return null;
    if (value !== null) out += ` ${name}="${escapeAttr(value.trim())}"`;
  }
  return out;
}

function render(node: Node, base: string | undefined, pre = false): string {
  // Source indentation is not content; inside <pre> it is.
  if (node.nodeType === 3) return escapeText(pre ? (node.textContent ?? '') : (node.textContent ?? '').replace(/[ \t\r\n]+/g, ' '));
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const original = tagOf(el);
  if (DROP.has(original)) return '';
  const inner = VOID.has(original) ? '' : Array.from(el.childNodes, (c) => render(c, base, pre || original === 'PRE')).join('');
  const tag = RENAME[original] ?? original;
  if (!(tag in ALLOWED)) return inner;
  const attrs = attributes(el, tag, base);
  // A link without a safe address keeps its text; an image without one goes.
  if (attrs === null) return tag === 'IMG' ? '' : inner;
  const name = tag.toLowerCase();
  if (VOID.has(tag)) return `<${name}${attrs}>`;
  if (!inner.trim() && tag !== 'TD' && tag !== 'TH') return '';
  return `<${name}${attrs}>${inner}</${name}>`;
}

/** Safe HTML for the children of `root`: allowed elements and attributes only, links and images absolute. */
export function sanitizeHtml(root: Node, base?: string): string {
  return Array.from(root.childNodes, (c) => render(c, base)).join('').trim();
}
