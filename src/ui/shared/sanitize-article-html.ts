import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

// Article HTML comes from pages nobody vetted. The core sanitised it before
// storing; pages sanitise again before showing, with a narrower list: plain
// article markup and nothing that runs, styles or submits. Links open in a
// new tab without handing the extension page over (noopener noreferrer);
// images load without a referrer and only from http(s) or data: images.

const ALLOWED_TAGS = [
  'p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img', 'a',
  'strong', 'em', 'b', 'i', 'u', 'br', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan'];
const FORBID_TAGS = ['script', 'style', 'iframe', 'frame', 'svg', 'math', 'form', 'object', 'embed', 'base', 'meta', 'link', 'template'];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  FORBID_TAGS,
  FORBID_ATTR: ['style'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Only these schemes survive in attribute values; the hook below narrows per element.
  ALLOWED_URI_REGEXP: /^(?:https?:|data:image\/)/i,
  // Plain values, not addresses: exempt from the scheme check above.
  ADD_URI_SAFE_ATTR: ['colspan', 'rowspan'],
  KEEP_CONTENT: true,
};

const HTTP = /^https?:\/\//i;
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);/i;

let purifier: Purifier | undefined;

function instance(): Purifier {
  if (purifier) return purifier;
  // An instance of our own: hooks on the shared default would reach other callers.
  const p = DOMPurify(globalThis.window);
  p.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.tagName === 'A') {
      const href = el.getAttribute('href') ?? '';
      if (!HTTP.test(href)) el.removeAttribute('href');
      el.setAttribute('rel', 'noopener noreferrer');
      el.setAttribute('target', '_blank');
    } else if (el.tagName === 'IMG') {
      const src = el.getAttribute('src') ?? '';
      if (!HTTP.test(src) && !DATA_IMAGE.test(src)) el.removeAttribute('src');
      el.setAttribute('referrerpolicy', 'no-referrer');
      el.setAttribute('loading', 'lazy');
    }
  });
  purifier = p;
  return p;
}

/** Article HTML safe to show in an extension page (the input is never trusted). */
export function sanitizeArticleHtml(html: string): string {
  return instance().sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}
