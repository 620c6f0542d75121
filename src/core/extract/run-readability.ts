import Readability from '@mozilla/readability/Readability.js';

export interface ReadabilityArticle {
  /** The article body Readability kept (an element of the document it was given). */
  content: Element;
  title: string | null;
  byline: string | null;
}

/**
 * Runs Readability on a document it may mutate (always a clone). Classes
 * are kept so the clean-up after it can still recognise captions and boxes.
 */
export function runReadability(doc: Document): ReadabilityArticle | null {
  const parsed = new Readability<Node>(doc, { keepClasses: true, charThreshold: 250, serializer: (node) => node }).parse();
  const content = parsed?.content;
  if (!content || content.nodeType !== 1) return null;
  return { content: content as Element, title: parsed.title ?? null, byline: parsed.byline ?? null };
}
