import { z } from 'zod';
import { BundleSchema } from './bundle.ts';
import { ClipSchema, ReviewedEntitySchema } from './clip.ts';
import { VocabularyEntrySchema } from './vocabulary.ts';

// The lossless interchange format: a colleague's bundle, or a full backup.
// `formatVersion` only grows; a reader refuses a version newer than its own.

export const FORMAT_VERSION = 1;

export const ExportedClipSchema = ClipSchema.extend({
  text: z.string(),
  html: z.string(),
  entities: z.array(ReviewedEntitySchema),
});
export type ExportedClip = z.infer<typeof ExportedClipSchema>;

export const BundleFileSchema = z.object({
  format: z.literal('bantin-bundle'),
  formatVersion: z.literal(FORMAT_VERSION),
  /** `bundle`: one or more bundles and their clips; `backup`: the library. */
  scope: z.enum(['bundle', 'backup']),
  exportedAt: z.string(),
  generator: z.string(),
  bundles: z.array(BundleSchema),
  clips: z.array(ExportedClipSchema),
  vocabulary: z.array(VocabularyEntrySchema).default([]),
});
export type BundleFile = z.infer<typeof BundleFileSchema>;
