import { useMemo } from 'preact/hooks';
import { sanitizeArticleHtml } from '../../shared/sanitize-article-html.ts';

/** The article as the page laid it out: stored HTML, sanitised once more right before it is shown. */
export function OriginalLayout({ html }: { html: string }) {
  const safe = useMemo(() => sanitizeArticleHtml(html), [html]);
  // Only ever the sanitised string: never the stored HTML itself.
  return <div class="article-original" dangerouslySetInnerHTML={{ __html: safe }} />;
}
