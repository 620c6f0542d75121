import type { ExtractResult } from '../../core/schemas/article.ts';
import type { ClipMode } from '../messaging/protocol.ts';
import type { PageCapture } from './page-capture.ts';

/**
 * Which extraction to keep: the selection when the user asked for it, the
 * article otherwise, and the selection again when the page has no article
 * Readability can find (a forum post, a PDF viewer, a photo page).
 */
export function chooseExtraction(capture: PageCapture, mode: ClipMode): ExtractResult {
  const selection = capture.selection?.text.trim() ? capture.selection.result : null;
  if (mode === 'selection' && selection) return selection;
  const article = capture.article;
  if (!article.ok && article.error === 'no-article-found' && selection?.ok) return selection;
  return article;
}
