import type { Page } from 'playwright-core';

// What the suite looks for in an extension page after it showed a hostile
// clip: the marks a payload leaves where it runs (hostile-page.ts), and any
// active content left in the DOM of the article as shown.

export interface PayloadMarks {
  bodyMark: string | undefined;
  windowMark: unknown;
  title: string;
  storage: string | null;
}

export function payloadMarks(page: Page): Promise<PayloadMarks> {
  return page.evaluate(() => ({
    bodyMark: document.body.dataset['pwned'],
    windowMark: (window as unknown as { __pwned?: unknown }).__pwned,
    title: document.title,
    storage: localStorage.getItem('pwned'),
  }));
}

/** Elements, attributes and addresses that can run code or load active content, found under `root`. */
export function activeContentIn(page: Page, rootSelector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [`no element ${selector}`];
    const found: string[] = [];
    const tags = 'script, iframe, frame, frameset, object, embed, applet, svg, math, form, input, button, textarea, style, link, meta, base, noscript, template';
    for (const element of root.querySelectorAll(tags)) found.push(`<${element.tagName.toLowerCase()}>`);
    const activeUrl = /^\s*(javascript|vbscript|data:text\/html)/i;
    for (const element of [root, ...root.querySelectorAll('*')]) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || name === 'formaction') found.push(`${element.tagName.toLowerCase()}[${name}]`);
        if (['href', 'src', 'action', 'xlink:href', 'data', 'poster', 'background'].includes(name) && activeUrl.test(attribute.value)) {
          found.push(`${element.tagName.toLowerCase()}[${name}=${attribute.value.slice(0, 30)}]`);
        }
      }
    }
    return found;
  }, rootSelector);
}
