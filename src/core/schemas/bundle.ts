import { z } from 'zod';

// A bundle is a named, ordered selection of clips (issue 5): the weekly
// digest of an editor, a researcher's source set.

export const BundleGroupingSchema = z.enum(['manual', 'campaign', 'unit', 'site']);
export type BundleGrouping = z.infer<typeof BundleGroupingSchema>;

export const BundleItemSchema = z.object({
  clipId: z.string().min(1),
  /** The editor's note for this item, shown instead of the lead. */
  note: z.string().default(''),
  /** Clips of the same story on other sites, folded into this item. */
  alsoClipIds: z.array(z.string()).default([]),
});
export type BundleItem = z.infer<typeof BundleItemSchema>;

export const BundleSectionSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  items: z.array(BundleItemSchema),
});
export type BundleSection = z.infer<typeof BundleSectionSchema>;

/** Calendar days, YYYY-MM-DD, both ends included. */
export const PeriodSchema = z.object({
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type Period = z.infer<typeof PeriodSchema>;

export const BundleSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  intro: z.string().default(''),
  period: PeriodSchema.optional(),
  grouping: BundleGroupingSchema.default('manual'),
  sections: z.array(BundleSectionSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Bundle = z.infer<typeof BundleSchema>;
export type BundleInput = z.input<typeof BundleSchema>;
