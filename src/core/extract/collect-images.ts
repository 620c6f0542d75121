import type { ArticleImage } from '../schemas/article.ts';
import { foldForMatch } from './fold-for-match.ts';
import { absoluteUrl } from './absolute-url.ts';
import { CAPTION_CREDIT } from './boilerplate-rules.ts';
import { all, attr, byTag, hintsOf, norm, textOf } from './dom-helpers.ts';
import { key } from './find-lead.ts';

/** Attribute that marks a caption kept out of the article text (it stays in `images` and the HTML). */
export const CAPTION_MARK = 'data-bantin-caption';

const LAZY = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-url'];

/** Absolute http(s) address of an image, looking through lazy-loading attributes and srcset. */
export function imageSource(img: Element, base: string | undefined): string | null {
  const srcset = (v: string | null): string | null => v?.trim().split(/\s+/)[0] ?? null;
  const candidates = [...['src', ...LAZY].map((a) => attr(img, a)), srcset(attr(img, 'data-srcset')), srcset(attr(img, 'srcset'))];
  for (const c of candidates) {
    const u = absoluteUrl(c, base);
    if (u) return u.href;
  }
  return null;
}

/** The element that captions `img`, if any: figcaption, WordPress caption, image table row, or an italic/credited line after it. */
function captionOf(img: Element): Element | null {
  const figure = img.closest('figure, [class*="caption"], [class*="image"], [class*="photo"]');
  if (figure && byTag(figure, 'img').length === 1) {
    const cap = figure.querySelector('figcaption, [class*="caption"], [class*="desc"], [class*="legend"]');
    if (cap && cap !== figure && textOf(cap)) return cap;
  }
  const table = img.closest('table');
  if (table && byTag(table, 'tr').length <= 3 && byTag(table, 'img').length === 1) {
    const cell = all(table, 'td, th').find((c) => !c.querySelector('img') && textOf(c));
    if (cell) return cell;
  }
  // <p><img></p><p><em>caption. Ảnh: X</em></p>
  let block: Element | null = img;
  while (block.parentElement && !textOf(block.parentElement)) block = block.parentElement;
  const next = block.nextElementSibling;
  const text = next ? textOf(next) : '';
  if (!next || !text || text.length > 300 || next.querySelector('img')) return null;
  const italic = next.querySelector('em, i') && textOf(next.querySelector('em, i')) === text;
  return italic || /caption|desc|note/.test(hintsOf(next)) || CAPTION_CREDIT.test(foldForMatch(text)) ? next : null;
}

function sameText(a: string, b: string): boolean {
  const [x, y] = [key(a), key(b)];
  return x.length > 0 && y.length > 0 && (x.startsWith(y) || y.startsWith(x));
}

/**
 * The body's images with absolute addresses and their captions. A caption
 * that carries a photo credit ("Ảnh: …") or repeats the image's alt text is a
 * picture label, marked to stay out of the article text; one that describes
 * the scene in words found nowhere else stays readable in the text too.
 */
export function collectImages(content: ParentNode, base: string | undefined): ArticleImage[] {
  const images: ArticleImage[] = [];
  const seen = new Set<string>();
  for (const img of all(content, 'img')) {
    const src = imageSource(img, base);
    if (!src || seen.has(src) || /(^|\D)1x1(\D|$)|pixel|spacer|blank\.gif/i.test(src)) continue;
    seen.add(src);
    const cap = captionOf(img);
    const caption = cap ? textOf(cap) : '';
    if (cap) {
      const alt = norm(attr(img, 'alt')) || norm(attr(img, 'title'));
      if (CAPTION_CREDIT.test(foldForMatch(caption)) || (alt && sameText(caption, alt))) cap.setAttribute(CAPTION_MARK, '1');
    }
    images.push(caption ? { src, caption } : { src });
  }
  return images;
}
