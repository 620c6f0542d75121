import { z } from 'zod';

// What the extraction core returns for one page (issue 2). Plain data, so it
// crosses from the page to the background as a message and is validated there.

export const MetaSourceSchema = z.enum(['jsonld', 'meta', 'dateline', 'readability', 'heading', 'url', 'selection']);
export type MetaSource = z.infer<typeof MetaSourceSchema>;

export const ExtractWarningSchema = z.enum(['no-date', 'no-byline', 'short-text', 'not-vietnamese']);
export type ExtractWarning = z.infer<typeof ExtractWarningSchema>;

export const ExtractErrorSchema = z.enum(['no-article-found', 'not-html', 'too-short']);
export type ExtractError = z.infer<typeof ExtractErrorSchema>;

export const ArticleImageSchema = z.object({
  src: z.string(),
  caption: z.string().optional(),
});
export type ArticleImage = z.infer<typeof ArticleImageSchema>;

/** ISO 8601 with an offset, e.g. 2021-10-20T08:15:00+07:00. */
export const IsoDateTimeSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);

export const ExtractedArticleSchema = z.object({
  url: z.string(),
  canonicalUrl: z.string(),
  title: z.string().min(1),
  /** The sapo, kept apart from the body. */
  lead: z.string(),
  /** Body paragraphs separated by a blank line. */
  text: z.string(),
  /** Sanitised body HTML: no scripts, handlers, iframes or javascript: URLs. */
  html: z.string(),
  byline: z.string().nullable(),
  publishedAt: IsoDateTimeSchema.nullable(),
  modifiedAt: IsoDateTimeSchema.nullable(),
  siteName: z.string().nullable(),
  images: z.array(ArticleImageSchema),
  /** ISO 639-1 (`vi`, `en`…) or `und` when not (yet) detected. */
  lang: z.string(),
  wordCount: z.number().int().nonnegative(),
  /** Where each metadata value came from. */
  sources: z.record(z.string(), MetaSourceSchema),
  warnings: z.array(ExtractWarningSchema),
  /** True when only the user's selection was clipped. */
  selectionOnly: z.boolean().optional(),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticleSchema>;

export const ExtractResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), article: ExtractedArticleSchema }),
  z.object({ ok: z.literal(false), error: ExtractErrorSchema, detail: z.string().optional() }),
]);
export type ExtractResult = z.infer<typeof ExtractResultSchema>;
