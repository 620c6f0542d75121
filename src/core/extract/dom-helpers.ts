// Small DOM helpers that behave the same on linkedom (Node) and in the browser.
// Only standard DOM Level 4 APIs are used: no innerText, no layout, no
// TreeWalker, because linkedom has neither layout nor a full TreeWalker.

/** NFC, every run of white space (NBSP, zero-width space, BOM included) to one space, trimmed. */
export function norm(s: string | null | undefined): string {
  return (s ?? '').normalize('NFC').replace(/[\s\u200b\u200c\u200d\ufeff]+/g, ' ').trim();
}

/** Normalised text of a node. */
export function textOf(node: Node | null | undefined): string {
  return norm(node?.textContent);
}

const VISIBLE = /[^\s\u200b\u200c\u200d\ufeff]/;

/** All elements under `root` matching `selector`, as an array (safe to mutate the tree while iterating). */
export function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

/** Descendant elements with one tag name; cheaper than a selector on linkedom. */
export function byTag(root: Element | Document, tag: string): Element[] {
  return Array.from(root.getElementsByTagName(tag));
}

/** Where headings, dates, sapos and bylines belong to other stories or to the site, not to the article. */
export const ELSEWHERE = 'nav, footer, aside, li, [class*="relate"]';

/** An attribute's value, '' when it is absent. */
export function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}

/** Lower-cased `id` and `class` of an element, for pattern tests. */
export function hintsOf(el: Element): string {
  return `${attr(el, 'id')} ${attr(el, 'class')}`.toLowerCase();
}

/**
 * `test` remembered by its argument. Pages repeat the same class names on
 * hundreds of elements; a rule testing them by pattern runs once per name.
 * The memory is bounded for long runs over many pages (the command line).
 */
export function remembered(test: (value: string) => boolean): (value: string) => boolean {
  const known = new Map<string, boolean>();
  return (value) => {
    let answer = known.get(value);
    if (answer === undefined) {
      if (known.size >= 20_000) known.clear();
      answer = test(value);
      known.set(value, answer);
    }
    return answer;
  };
}

/** The words of a class or id name: split at - and _ and at camelCase humps ("adsMiddle", "box_tags"), lower-cased. */
export function nameParts(token: string): string[] {
  return token.split(/[-_]+|(?<=[a-z])(?=[A-Z])/).map((p) => p.toLowerCase());
}

/**
 * Raw text length of every element under `root`, in one pass (textContent per
 * element is quadratic). `shown`, when given, receives the elements whose
 * text is not all white space (a non-empty `textOf`).
 */
export function textLengths(root: Node, shown?: Set<Node>): Map<Node, number> {
  const lengths = new Map<Node, number>();
  const visit = (n: Node, first: Node | null): number => {
    let len = 0;
    let visible = false;
    // Sibling links, not a copy of childNodes per element: this walks every node of the page.
    for (let c = first; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        len += (c as Text).data.length;
        visible ||= !!shown && VISIBLE.test((c as Text).data);
      } else if (c.nodeType === 1) {
        len += visit(c, c.firstChild);
        visible ||= !!shown?.has(c);
      }
    }
    lengths.set(n, len);
    if (visible) shown?.add(n);
    return len;
  };
  // A document from its root element: linkedom ends a document's children at its doctype.
  visit(root, root.nodeType === 9 ? (root as Document).documentElement : root.firstChild);
  return lengths;
}

/** Length of the normalised text inside links (all of it for a link itself, or text inside one). */
export function linkTextLength(el: Element, linkText: (a: Element) => string = textOf): number {
  if (el.closest('a')) return textOf(el).length;
  let n = 0;
  for (const a of byTag(el, 'a')) n += linkText(a).length;
  return n;
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  return total ? Math.min(1, linkTextLength(el) / total) : 0;
}

export function removeNode(node: Node | null | undefined): void {
  node?.parentNode?.removeChild(node);
}

/** True when `node` comes after `ref` in document order (a descendant of `ref` counts as after it). */
export function isAfter(node: Node, ref: Node): boolean {
  // Not compareDocumentPosition: linkedom answers it wrongly across branches.
  const chain = (n: Node): Node[] => {
    const c: Node[] = [];
    for (let x: Node | null = n; x; x = x.parentNode) c.unshift(x);
    return c;
  };
  const [a, b] = [chain(node), chain(ref)];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length) return false;
  if (i === b.length) return true;
  const siblings = Array.from(a[i - 1]?.childNodes ?? []);
  return siblings.indexOf(a[i] as ChildNode) > siblings.indexOf(b[i] as ChildNode);
}

/** Words (runs of letters or digits), as the scorers count them. */
export function wordsOf(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function countWords(s: string): number {
  return wordsOf(s).length;
}

export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === 1;
}

/** Upper-case tag name, whatever the document flavour (XHTML keeps case). */
export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** Child-index path from the document to `el`, to find the same element in a clone. */
export function pathOf(el: Element): number[] {
  // From the document, not documentElement: broken pages can parse into two <html> roots.
  const path: number[] = [];
  for (let e: Element = el; ; ) {
    const parent = e.parentNode as (ParentNode & Node) | null;
    if (!parent) break;
    path.unshift(Array.prototype.indexOf.call(parent.children, e));
    if (parent.nodeType !== 1) break;
    e = parent as Element;
  }
  return path;
}

/** The element at `path` in `doc` (see `pathOf`). */
export function atPath(doc: Document, path: readonly number[]): Element | null {
  let e: ParentNode | null = doc;
  for (const i of path) e = e?.children[i] ?? null;
  return e as Element | null;
}
