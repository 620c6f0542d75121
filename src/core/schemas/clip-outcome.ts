import { z } from 'zod';
import { ClipEntitySchema } from './clip-entity.ts';
import { ClipErrorSchema, ClipSchema, ClipStatusSchema } from './clip.ts';

// What the background answers when asked to clip (popup, context menu,
// shortcut) or to retry a clip, and what the popup shows when it opens.

/** Why a clip did not happen: the clip errors plus the ones of a retry. */
export const ClipFailureSchema = z.enum([
  ...ClipErrorSchema.options,
  /** The page is not open any more: open it and clip again. */
  'open-page-to-retry',
  'clip-not-found',
  /** No tab to clip (no active tab, or it was closed). */
  'no-tab',
]);
export type ClipFailure = z.infer<typeof ClipFailureSchema>;

/** The earlier clip of the same story on another site. */
export const StoryRefSchema = z.object({
  clipId: z.string(),
  title: z.string(),
  siteName: z.string().nullable(),
  url: z.string(),
});
export type StoryRef = z.infer<typeof StoryRefSchema>;

export const ClipOutcomeSchema = z.discriminatedUnion('kind', [
  /** Stored and tagged; `clip.warnings` says what to check (no date, not Vietnamese…). */
  z.object({
    kind: z.literal('clipped'),
    clip: ClipSchema,
    entities: z.array(ClipEntitySchema),
    /** Set when the story was clipped before from another site (clip.storyOf). */
    sameStoryAs: StoryRefSchema.optional(),
  }),
  /** This article was clipped before: nothing new was stored. */
  z.object({
    kind: z.literal('already-clipped'),
    clipId: z.string(),
    clippedAt: z.string(),
    title: z.string(),
    url: z.string(),
  }),
  /**
   * Not clipped. With `clipId`, a record stays in the library saying what
   * failed (and `retry-clip` can finish it); without, nothing was stored.
   */
  z.object({
    kind: z.literal('failed'),
    error: ClipFailureSchema,
    clipId: z.string().optional(),
    title: z.string().optional(),
  }),
]);
export type ClipOutcome = z.infer<typeof ClipOutcomeSchema>;

/** What the popup shows on opening: is this tab's page in the library? */
export const TabClipStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('not-clipped') }),
  z.object({ state: z.literal('clipping') }),
  z.object({
    state: z.literal('clipped'),
    clipId: z.string(),
    clippedAt: z.string(),
    title: z.string(),
    status: ClipStatusSchema,
    error: ClipErrorSchema.optional(),
  }),
]);
export type TabClipStatus = z.infer<typeof TabClipStatusSchema>;
