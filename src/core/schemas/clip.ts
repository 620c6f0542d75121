import { z } from 'zod';
import { ArticleImageSchema, ExtractErrorSchema, ExtractWarningSchema, MetaSourceSchema } from './article.ts';
import { EntitySchema, ReviewStatusSchema } from './entity.ts';

// A clip is an extracted article as the library keeps it: metadata, the
// user's tags and note, the story fingerprint and, apart from it, the body
// and the entities. The same shapes travel in bundles (export.ts).

/** Why a clip could not be completed; the UI translates the code. */
export const ClipErrorSchema = z.enum([
  ...ExtractErrorSchema.options,
  'cannot-access-page',
  'invalid-page-data',
  'tagging-failed',
  'storage-full',
  'unknown',
]);
export type ClipError = z.infer<typeof ClipErrorSchema>;

export const ClipStatusSchema = z.enum(['pending', 'ready', 'failed']);
export type ClipStatus = z.infer<typeof ClipStatusSchema>;

/** Another site that carried the same story (content fingerprint match). */
export const AlsoOnSchema = z.object({
  clipId: z.string(),
  siteName: z.string().nullable(),
  url: z.string(),
});

/** The slim row list views read: everything but the body and entities. */
export const ClipSchema = z.object({
  id: z.string().min(1),
  url: z.string(),
  canonicalUrl: z.string(),
  title: z.string(),
  lead: z.string(),
  byline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  modifiedAt: z.string().nullable(),
  siteName: z.string().nullable(),
  lang: z.string(),
  wordCount: z.number().int().nonnegative(),
  images: z.array(ArticleImageSchema),
  sources: z.record(z.string(), MetaSourceSchema),
  warnings: z.array(ExtractWarningSchema),
  selectionOnly: z.boolean().optional(),
  /** ISO 8601 instants. */
  clippedAt: z.string(),
  updatedAt: z.string(),
  status: ClipStatusSchema,
  error: ClipErrorSchema.optional(),
  tags: z.array(z.string()),
  note: z.string(),
  /** 64-bit SimHash of word shingles, 16 hex digits; '' before tagging. */
  fingerprint: z.string(),
  /** The earlier clip of the same story on another site, if any. */
  storyOf: z.string().optional(),
  alsoOn: z.array(AlsoOnSchema).optional(),
  /** Facet keys ("unit:Cục Hải quan Lạng Sơn", "type:amount"). */
  entityKeys: z.array(z.string()),
});
export type Clip = z.infer<typeof ClipSchema>;

export const ClipBodySchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  html: z.string(),
});
export type ClipBody = z.infer<typeof ClipBodySchema>;

/** What a person did to an entity, with the tagger's original kept. */
const review = {
  status: ReviewStatusSchema,
  original: z.object({ type: z.string(), value: z.unknown() }).optional(),
};
export const ReviewedEntitySchema = z.intersection(EntitySchema, z.object(review));
export type ReviewedEntity = z.infer<typeof ReviewedEntitySchema>;
