import type { ArticleImage, ExtractedArticle, ExtractWarning, MetaSource } from '../schemas/article.ts';
import { countWords } from './dom-helpers.ts';
import type { Byline } from './find-byline.ts';
import type { PageMetadata } from './read-page-metadata.ts';

/** Below this many words an article is flagged `short-text`. */
export const SHORT_TEXT_WORDS = 150;

export type DetectLanguage = (text: string) => string;

export interface ArticleParts {
  url: string;
  page: PageMetadata;
  title: string;
  titleSource: MetaSource;
  lead: string;
  text: string;
  html: string;
  byline: Byline;
  images: ArticleImage[];
  selectionOnly?: boolean;
}

/** Assembles the article object: metadata with where each value came from, language, word count, warnings. */
export function buildArticle(p: ArticleParts, detectLanguage?: DetectLanguage): ExtractedArticle {
  const { page } = p;
  const sources: Record<string, MetaSource> = { title: p.titleSource, canonicalUrl: page.canonical.source, ...page.dates.sources };
  for (const [k, v] of [['siteName', page.site.source], ['byline', p.byline.source], ['text', p.selectionOnly && 'selection']] as const) if (v) sources[k] = v;

  const body = [p.lead, p.text].filter(Boolean).join('\n\n');
  const lang = (detectLanguage && body ? detectLanguage(body) : '') || 'und';
  const wordCount = countWords(body);
  const warnings: ExtractWarning[] = [];
  if (!page.dates.publishedAt) warnings.push('no-date');
  if (!p.byline.byline) warnings.push('no-byline');
  if (wordCount < SHORT_TEXT_WORDS) warnings.push('short-text');
  if (lang !== 'und' && lang !== 'vi') warnings.push('not-vietnamese');

  const article: ExtractedArticle = {
    url: p.url,
    canonicalUrl: page.canonical.url,
    title: p.title,
    lead: p.lead,
    text: p.text,
    html: p.html,
    byline: p.byline.byline,
    publishedAt: page.dates.publishedAt,
    modifiedAt: page.dates.modifiedAt,
    siteName: page.site.name,
    images: p.images,
    lang,
    wordCount,
    sources,
    warnings,
  };
  if (p.selectionOnly) article.selectionOnly = true;
  return article;
}
