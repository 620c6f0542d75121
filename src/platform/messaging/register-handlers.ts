import { browser } from 'wxt/browser';
import { storageErrorCode } from '../db/storage-errors.ts';
import { RepositoryError } from '../db/repository-error.ts';
import { RequestEnvelopeSchema, type ResponseEnvelope } from './envelope.ts';
import { MessageError } from './message-error.ts';
import { isMessageName, protocol, type HandlerInput, type MessageName, type MessageOutput } from './protocol.ts';

/** Who sent a message: the tab of a content script, or nothing for extension pages. */
export interface MessageSender {
  tab?: { id?: number; url?: string; title?: string };
  url?: string;
}

export type Handler<N extends MessageName> = (input: HandlerInput<N>, sender: MessageSender) => Promise<MessageOutput<N>> | MessageOutput<N>;
export type Handlers = { [N in MessageName]?: Handler<N> };

type Listener = (message: unknown, sender: MessageSender, sendResponse: (response: ResponseEnvelope) => void) => true | undefined;

/** The event messages arrive on (browser.runtime.onMessage or a fake). */
export interface MessageEvent {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

function errorResponse(error: unknown): ResponseEnvelope {
  if (error instanceof MessageError || error instanceof RepositoryError) return { ok: false, error: error.code, detail: error.message };
  return { ok: false, error: storageErrorCode(error), detail: error instanceof Error ? error.message : String(error) };
}

/**
 * Answers the messages named in `handlers` and leaves every other message to
 * other listeners (a page and the background may each handle some). Input is
 * validated against the protocol before a handler sees it. Returns a
 * function that stops listening.
 */
export function registerHandlers(handlers: Handlers, event: MessageEvent = browser.runtime.onMessage as unknown as MessageEvent): () => void {
  const listener: Listener = (message, sender, sendResponse) => {
    const envelope = RequestEnvelopeSchema.safeParse(message);
    if (!envelope.success || !isMessageName(envelope.data.name)) return undefined;
    const name = envelope.data.name;
    const handler = handlers[name] as Handler<typeof name> | undefined;
    if (!handler) return undefined;
    const input = protocol[name].input.safeParse(envelope.data.input);
    if (!input.success) {
      sendResponse({ ok: false, error: 'invalid-input', detail: input.error.issues[0]?.message });
      return true;
    }
    // The answer goes through sendResponse (and `true` keeps the channel
    // open): the one way of answering asynchronously that Chrome and Firefox share.
    Promise.resolve()
      .then(() => handler(input.data as never, sender))
      .then(
        (output) => sendResponse({ ok: true, output }),
        (error: unknown) => sendResponse(errorResponse(error)),
      );
    return true;
  };
  event.addListener(listener);
  return () => event.removeListener(listener);
}
