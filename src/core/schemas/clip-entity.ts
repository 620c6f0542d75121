import { z } from 'zod';
import { ReviewedEntitySchema } from './clip.ts';

// One entity of one clip as the library stores it and the UI reviews it: the
// reviewed entity plus its row id, its clip and its facet key ('' once a
// person rejected it, so key look-ups never find rejected entities).

export const ClipEntitySchema = z.intersection(
  ReviewedEntitySchema,
  z.object({ id: z.number().int().nonnegative(), clipId: z.string().min(1), key: z.string() }),
);
export type ClipEntity = z.infer<typeof ClipEntitySchema>;
