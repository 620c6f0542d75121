import type { MetaSource } from '../schemas/article.ts';
import { foldForMatch } from './fold-for-match.ts';
import { all, ELSEWHERE, norm, textOf } from './dom-helpers.ts';
import type { JsonLdArticle } from './read-json-ld.ts';
import { firstMeta, type MetaMap } from './read-meta.ts';
import { isBoxLabel } from './remove-boilerplate.ts';

// A photo, video or source credit names who took the picture or where the
// story came from, not who wrote it.
const CREDIT = /^(anh|photo|video|clip|do hoa|infographic|nguon|theo|source|thiet ke)\b/;
const ROLE = /^((bai|tin)( va|,)? anh|bai|tin|tac gia|nguoi viet|phong vien|nhom phong vien|nhom pv|thuc hien|by)\s*[:\-–]?\s+/
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{Lu}]*\.?)+$/u;

/** True for a person's name or a few names ("Trí Dũng", "N.Linh", "HOÀNG TRUNG – MẠNH DŨNG"). */
export function isLikelyName(text: string): boolean {
  const t = norm(text).replace(/\.$/, '');
  if (!t || t.length > 60 || /[\d:;!?…"“”@()[\]]|https?:|www\./i.test(t)) return false;
  if (CREDIT.test(foldForMatch(t)) || isBoxLabel(t)) return false;
  const parts = t.split(/\s*[-–—,&/]\s*|\s+và\s+/).filter(Boolean);
  if (!parts.length || parts.length > 4) return false;
  return parts.every((p) => {
    const words = p.split(' ');
    return words.length <= 5 && words.every((w) => NAME_WORD.test(w)) && /\p{L}{2}/u.test(p);
  });
}

/** The name in a byline line ("Bài và ảnh: Trí Dũng", "Hồng Nhung (tổng hợp)"), or null. */
export function cleanByline(text: string | null | undefined): string | null {
  // An agency glued to the name ("Tâm HằngTTXVN") goes like one in brackets.
  let t = norm(text).replace(/\s*\([^)]{0,40}\)\s*$|(?<=\p{Ll})\p{Lu}{2,}$/u, '').replace(/\s*[-–|,]?\s*\S+@\S+$/, '');
  const role = ROLE.exec(foldForMatch(t));
  if (role) t = t.slice(role[0].length);
  t = t.replace(/\.$/, '');
  return isLikelyName(t) ? t : null;
}

const BYLINE_EL = '[itemprop~="author"], [rel~="author"], [class*="author"], [class*="byline"], [class*="tac-gia"], [class*="tacgia"], [class*="reporter"]';
// A comment form's author field is out by its class, not for being in a form: ASP.NET wraps whole pages in one.
const NOT_BYLINE = `head, [class*="comment"], [id*="comment"], ${ELSEWHERE}`;

/** The first visible byline element's name (class or rel "author", itemprop "author"). */
export function findVisibleByline(doc: Document): string | null {
  for (const el of all(doc, BYLINE_EL)) {
    if (el.closest(NOT_BYLINE)) continue;
    const name = el.querySelector('[itemprop="name"]') ?? el;
    const found = cleanByline(textOf(name)) ?? cleanByline(textOf(el.querySelector('strong, b')));
    if (found) return found;
  }
  return null;
}

/** A signature line right after the body container ("N.Linh" aligned right below the text). */
export function findSignature(main: Element | null): string | null {
  let scope = main;
  for (let level = 0; scope && level < 2; level++, scope = scope.parentElement) {
    let next = scope.nextElementSibling;
    for (let i = 0; next && i < 3; i++, next = next.nextElementSibling) {
      const text = textOf(next);
      const name = text.length <= 60 ? cleanByline(text) : null;
      if (name) return name;
      if (text) break;
    }
  }
  return null;
}

export interface Byline {
  byline: string | null;
  source?: MetaSource;
}

/**
 * The author, in order of trust: JSON-LD people, a visible byline element,
 * the signature line closing the body, the author meta tags, Readability's
 * guess. Names equal to the site's own name are publishers and skipped.
 */
export function findByline(meta: MetaMap, ld: JsonLdArticle | null, siteName: string | null, visible: string | null, fromBody: string | null, fromReadability: string | null): Byline {
  const site = siteName ? foldForMatch(siteName) : '';
  const ok = (name: string | null): name is string => !!name && !(site && (site.includes(foldForMatch(name)) || foldForMatch(name).includes(site)));
  const candidates: [string | null, MetaSource][] = [
    [(ld?.authors ?? []).map(cleanByline).filter(ok).join(', '), 'jsonld'],
    [visible, 'readability'],
    [fromBody, 'readability'],
    [cleanByline(firstMeta(meta, ['article:author', 'author', 'dc.creator', 'byl', 'parsely-author'])), 'meta'],
    [cleanByline(fromReadability), 'readability'],
  ];
  for (const [byline, source] of candidates) if (ok(byline)) return { byline, source };
  return { byline: null };
}
