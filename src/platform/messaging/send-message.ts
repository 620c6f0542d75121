import { browser } from 'wxt/browser';
import { RequestEnvelopeSchema, ResponseEnvelopeSchema, type RequestEnvelope } from './envelope.ts';
import { isMessageErrorCode, MessageError } from './message-error.ts';
import { protocol, type MessageInput, type MessageName, type MessageOutput } from './protocol.ts';

/** Anything that carries a message to the other side and returns its answer. */
export interface MessageTransport {
  sendMessage(message: RequestEnvelope): Promise<unknown>;
}

export type SendMessage = <N extends MessageName>(name: N, input: MessageInput<N>) => Promise<MessageOutput<N>>;

/**
 * A typed sender over a transport. The input is checked before it leaves and
 * the output when it arrives; a failure on the other side arrives as a
 * thrown MessageError with its code.
 */
export function createSender(transport: MessageTransport): SendMessage {
  return async (name, input) => {
    const spec = protocol[name];
    const parsedInput = spec.input.safeParse(input);
    if (!parsedInput.success) throw new MessageError('invalid-input', parsedInput.error.issues[0]?.message);
    const envelope = RequestEnvelopeSchema.parse({ bantin: 1, name, input: parsedInput.data });
    let raw: unknown;
    try {
      raw = await transport.sendMessage(envelope);
    } catch (error) {
      throw new MessageError('no-receiver', error instanceof Error ? error.message : String(error));
    }
    const response = ResponseEnvelopeSchema.safeParse(raw);
    // No answer at all: nobody handles this message (the background is not up).
    if (!response.success) throw new MessageError('no-receiver', `no answer to ${name}`);
    if (!response.data.ok) {
      const code = isMessageErrorCode(response.data.error) ? response.data.error : 'unknown';
      throw new MessageError(code, response.data.detail);
    }
    const output = spec.output.safeParse(response.data.output);
    if (!output.success) throw new MessageError('invalid-output', output.error.issues[0]?.message);
    return output.data as MessageOutput<typeof name>;
  };
}

/** Sends a message to the background (from a page or the popup). */
export const sendMessage: SendMessage = (name, input) => createSender(browser.runtime as unknown as MessageTransport)(name, input);
