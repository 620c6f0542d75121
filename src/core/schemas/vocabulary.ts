import { z } from 'zod';

// One gazetteer entry: the built-in data files under src/core/tag/gazetteer/
// and the user's own additions (the `vocabulary` table) share this shape, so
// the tagger merges them without caring where an entry came from.

export const VocabularyKindSchema = z.enum(['unit', 'campaign', 'place']);
export type VocabularyKind = z.infer<typeof VocabularyKindSchema>;

export const VocabularyEntrySchema = z.object({
  /** Stable id, e.g. "cuc-hq-lang-son"; user entries start with "user:". */
  id: z.string().min(1),
  kind: VocabularyKindSchema,
  /** The canonical name, which becomes the entity's value. */
  name: z.string().min(1),
  /** Other spellings and abbreviations that resolve to `name`. */
  aliases: z.array(z.string()).default([]),
  /** Id of the parent unit, where there is one. */
  parent: z.string().optional(),
  /** The period the unit existed, YYYY-MM-DD; open ends are omitted. */
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  /** Id of the unit that took over its work (the 2025 reorganisation). */
  successor: z.string().optional(),
  note: z.string().optional(),
});
export type VocabularyEntry = z.infer<typeof VocabularyEntrySchema>;
export type VocabularyEntryInput = z.input<typeof VocabularyEntrySchema>;
