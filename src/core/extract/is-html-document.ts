import { all, textOf } from './dom-helpers.ts';

/**
 * False for what a browser shows without being an HTML page: a PDF or
 * plain-text view (by content type), a lone image, media file or embedded
 * PDF (one media element and no text).
 */
export function isHtmlDocument(doc: Document): boolean {
  const type = (doc as { contentType?: string }).contentType;
  if (type && !/html|xml/i.test(type)) return false;
  if (!doc.documentElement) return false;
  const body = doc.body;
  if (!body) return false;
  const media = all(body, 'img, video, audio, embed, object');
  return !(media.length === 1 && !textOf(body) && body.children.length <= 2);
}
