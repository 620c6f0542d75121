export { extractArticle, MIN_ARTICLE_WORDS, type ExtractOptions } from './extract-article.ts';
export { extractSelection, type SelectionOptions } from './extract-selection.ts';
export type { DetectLanguage } from './build-article.ts';
