import type { ExtractedArticle } from '../core/schemas/article.ts';
import { loadPage } from './load-page.ts';

// Load failures in words for the terminal: `extract` and `tag` both read
// saved pages and say why a file gave no article the same way.
const REASONS: Record<string, string> = {
  'not-html': 'not an HTML page',
  unreadable: 'cannot read the file',
  'no-article-found': 'no article found on the page',
  'too-short': 'too little text to be an article',
};

export type InputArticle = { ok: true; article: ExtractedArticle } | { ok: false; message: string };

/** The article of a saved page, or why there is none (the reason, then its detail when that says more). */
export async function readInputArticle(file: string, options: { url?: string } = {}): Promise<InputArticle> {
  const result = await loadPage(file, options);
  if (result.ok) return { ok: true, article: result.article };
  const reason = REASONS[result.error] ?? result.error;
  return { ok: false, message: result.detail && result.detail !== reason ? `${reason} (${result.detail})` : reason };
}
