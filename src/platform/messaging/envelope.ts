import { z } from 'zod';

// The wire format around every message, so a listener recognises Bantin's
// messages among others and a sender tells an answer from an error.

export const RequestEnvelopeSchema = z.object({
  bantin: z.literal(1),
  name: z.string(),
  input: z.unknown(),
});
export type RequestEnvelope = z.infer<typeof RequestEnvelopeSchema>;

export const ResponseEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), output: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string(), detail: z.string().optional() }),
]);
export type ResponseEnvelope = z.infer<typeof ResponseEnvelopeSchema>;
