import { cleanUrl } from '../extract/clean-url.ts';
import { entityKeys } from '../clip/entity-keys.ts';
import { fnv1a64 } from '../fingerprint/fnv1a64.ts';
import { simhash } from '../fingerprint/simhash.ts';
import type { Entity, ExportedClip, ExtractedArticle, ReviewedEntity } from '../schemas/index.ts';

/** 16 hex digits of FNV-1a 64: a short, stable id part. */
export function stableHash(s: string): string {
  const h = new Uint32Array(2);
  fnv1a64(s, h);
  return h[0]!.toString(16).padStart(8, '0') + h[1]!.toString(16).padStart(8, '0');
}

/**
 * A clip's id when it is made outside the browser (the command line): a hash
 * of its cleaned canonical address, so the same page always gives the same
 * id and the same bundle, and a re-import of it is recognised by id.
 */
export function stableClipId(article: Pick<ExtractedArticle, 'canonicalUrl' | 'url'>): string {
  const raw = (article.canonicalUrl || article.url).trim();
  return `clip-${stableHash(cleanUrl(raw) ?? raw)}`;
}

/** The fields of a clip an extracted article fills in, whoever makes the clip (the browser or the command line); addresses are the caller's. */
export type ArticleFields = Pick<
  ExportedClip,
  'title' | 'lead' | 'byline' | 'publishedAt' | 'modifiedAt' | 'siteName' | 'lang' | 'wordCount' | 'images' | 'sources' | 'warnings' | 'selectionOnly'
>;

export function articleFields(article: ExtractedArticle): ArticleFields {
  return {
    title: article.title,
    lead: article.lead,
    byline: article.byline,
    publishedAt: article.publishedAt,
    modifiedAt: article.modifiedAt,
    siteName: article.siteName,
    lang: article.lang,
    wordCount: article.wordCount,
    images: article.images,
    sources: article.sources,
    warnings: article.warnings,
    ...(article.selectionOnly ? { selectionOnly: true } : {}),
  };
}

/**
 * A freshly tagged article as a library clip: the tagger's entities untouched
 * (`auto`), facet keys, the story fingerprint of its text. The text is kept
 * in NFC, the form the entity offsets refer to.
 */
export function clipFromArticle(article: ExtractedArticle, entities: Entity[], now: string, id = stableClipId(article)): ExportedClip {
  const text = article.text.normalize('NFC');
  const reviewed = entities.map((e) => ({ ...e, status: 'auto' }) as ReviewedEntity);
  return {
    id,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    ...articleFields(article),
    clippedAt: now,
    updatedAt: now,
    status: 'ready',
    tags: [],
    note: '',
    fingerprint: simhash(text),
    entityKeys: entityKeys(reviewed),
    text,
    html: article.html,
    entities: reviewed,
  };
}
