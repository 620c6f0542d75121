import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isMessageKey } from '../../core/i18n/translate.ts';
import { RepositoryError } from '../db/repository-error.ts';
import { MESSAGE_ERROR_CODES, MessageError } from './message-error.ts';
import { registerHandlers, type MessageEvent } from './register-handlers.ts';
import { createSender, type MessageTransport } from './send-message.ts';

const runtime = fakeBrowser.runtime;
const event = runtime.onMessage as unknown as MessageEvent;
const send = createSender(runtime as unknown as MessageTransport);

afterEach(() => fakeBrowser.reset());

describe('typed messages over the runtime', () => {
  it('delivers input with defaults filled in and returns the validated output', async () => {
    const clipPage = vi.fn(async () => ({ kind: 'failed' as const, error: 'no-article-found' as const }));
    registerHandlers({ 'clip-page': clipPage }, event);
    await expect(send('clip-page', { tabId: 7 })).resolves.toEqual({ kind: 'failed', error: 'no-article-found' });
    expect(clipPage).toHaveBeenCalledWith({ tabId: 7, mode: 'page' }, expect.anything());
  });

  it('refuses bad input on both sides', async () => {
    const handler = vi.fn();
    registerHandlers({ 'retry-clip': handler }, event);
    await expect(send('retry-clip', { clipId: '' })).rejects.toMatchObject({ code: 'invalid-input' });
    const raw = await runtime.sendMessage({ bantin: 1, name: 'retry-clip', input: { clipId: 42 } });
    expect(raw).toMatchObject({ ok: false, error: 'invalid-input' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes errors across as codes', async () => {
    registerHandlers(
      {
        'retry-clip': async () => {
          throw new MessageError('open-page-to-retry');
        },
        'retag-clip': async () => {
          throw new RepositoryError('clip-not-found', 'x');
        },
        'clip-status-for-tab': async () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      },
      event,
    );
    await expect(send('retry-clip', { clipId: 'a' })).rejects.toMatchObject({ name: 'MessageError', code: 'open-page-to-retry' });
    await expect(send('retag-clip', { clipId: 'a' })).rejects.toMatchObject({ code: 'clip-not-found' });
    await expect(send('clip-status-for-tab', { tabId: 1 })).rejects.toMatchObject({ code: 'storage-full' });
  });

  it('refuses an answer that does not fit the declared output', async () => {
    registerHandlers({ 'clip-status-for-tab': async () => ({ state: 'maybe' }) as never }, event);
    await expect(send('clip-status-for-tab', { tabId: 1 })).rejects.toMatchObject({ code: 'invalid-output' });
  });

  it('leaves messages it does not handle to other listeners, and stops on request', async () => {
    const stopPage = registerHandlers({ 'clip-status-for-tab': async () => ({ state: 'not-clipped' as const }) }, event);
    registerHandlers({ 'clip-page': async () => ({ kind: 'failed' as const, error: 'no-tab' as const }) }, event);
    await expect(send('clip-page', {})).resolves.toEqual({ kind: 'failed', error: 'no-tab' });
    await expect(send('clip-status-for-tab', { tabId: 3 })).resolves.toEqual({ state: 'not-clipped' });
    stopPage();
    await expect(send('clip-status-for-tab', { tabId: 3 })).rejects.toMatchObject({ code: 'no-receiver' });
  });

  it('ignores foreign messages', async () => {
    const handler = vi.fn();
    registerHandlers({ 'clip-page': handler }, event);
    runtime.onMessage.addListener(() => undefined);
    await expect(runtime.sendMessage({ type: 'something-else' })).resolves.toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('says there is no receiver when nobody listens', async () => {
    await expect(send('clip-page', {})).rejects.toMatchObject({ code: 'no-receiver' });
  });
});

describe('error codes', () => {
  it('each have a message in the catalog', () => {
    expect(MESSAGE_ERROR_CODES.filter((code) => !isMessageKey(`error.${code}`))).toEqual([]);
  });
});
