import { z } from 'zod';
import { ClipOutcomeSchema, TabClipStatusSchema } from '../../core/schemas/clip-outcome.ts';

// Every message between the pages, the content side and the background,
// declared once: its name, the zod schema of its input and of its output.
// Senders and handlers are typed from this table; nothing else names a message.

export const ClipModeSchema = z.enum(['page', 'selection']);
export type ClipMode = z.infer<typeof ClipModeSchema>;

const tabId = z.number().int().nonnegative();

export const protocol = {
  /** Clip the page of a tab (the active tab when `tabId` is absent). */
  'clip-page': {
    input: z.object({ tabId: tabId.optional(), mode: ClipModeSchema.default('page') }),
    output: ClipOutcomeSchema,
  },
  /** Finish a clip that failed half way (from its stored body, or by clipping its page again). */
  'retry-clip': {
    input: z.object({ clipId: z.string().min(1), tabId: tabId.optional() }),
    output: ClipOutcomeSchema,
  },
  /** Tag a stored clip again (after a vocabulary change), keeping people's reviews. */
  'retag-clip': {
    input: z.object({ clipId: z.string().min(1) }),
    output: ClipOutcomeSchema,
  },
  /** Is the page of this tab in the library? The popup asks on opening. */
  'clip-status-for-tab': {
    input: z.object({ tabId }),
    output: TabClipStatusSchema,
  },
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
/** What a sender passes (defaults may be left out). */
export type MessageInput<N extends MessageName> = z.input<Protocol[N]['input']>;
/** What a handler receives (defaults filled in). */
export type HandlerInput<N extends MessageName> = z.output<Protocol[N]['input']>;
export type MessageOutput<N extends MessageName> = z.output<Protocol[N]['output']>;

export function isMessageName(name: unknown): name is MessageName {
  return typeof name === 'string' && Object.hasOwn(protocol, name);
}
