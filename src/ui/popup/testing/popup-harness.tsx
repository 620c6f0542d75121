import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ClipOutcome, TabClipStatus } from '../../../core/schemas/clip-outcome.ts';
import type { BantinDb } from '../../../platform/db/bantin-db.ts';
import { freshDb } from '../../../platform/db/testing/fake-db.ts';
import { registerHandlers, type MessageEvent } from '../../../platform/messaging/register-handlers.ts';
import { createSender, type MessageTransport } from '../../../platform/messaging/send-message.ts';
import { LanguageProvider } from '../../i18n/language-context.tsx';
import { PopupApp } from '../popup-app.tsx';
import { popupData } from '../popup-data.ts';
import { PopupServicesContext, type PopupServices } from '../popup-services.ts';

// The popup against a fake background: messages go through the real typed
// sender and handlers over WXT's fake runtime (so every answer is checked
// against the protocol), the library is a fresh in-memory database.

export interface HarnessOptions {
  db?: BantinDb;
  tabId?: number;
  status?: TabClipStatus;
  clipPage?: (input: { tabId?: number; mode: string }) => Promise<ClipOutcome>;
  retryClip?: (input: { clipId: string; tabId?: number }) => Promise<ClipOutcome>;
  shortcut?: string;
  reviewAfterClip?: boolean;
  /** Replaces services outright (e.g. ones that never answer). */
  services?: Partial<PopupServices>;
}

export function renderPopup(options: HarnessOptions = {}) {
  const db = options.db ?? freshDb();
  const handlers = {
    'clip-status-for-tab': vi.fn(async () => options.status ?? ({ state: 'not-clipped' } as const)),
    'clip-page': vi.fn(options.clipPage ?? (async () => ({ kind: 'failed', error: 'no-article-found' }) as const)),
    'retry-clip': vi.fn(options.retryClip ?? (async () => ({ kind: 'failed', error: 'open-page-to-retry' }) as const)),
  };
  registerHandlers(handlers as never, fakeBrowser.runtime.onMessage as unknown as MessageEvent);
  const openLibrary = vi.fn();
  const services: PopupServices = {
    activeTabId: async () => options.tabId ?? 7,
    send: createSender(fakeBrowser.runtime as unknown as MessageTransport),
    shortcut: async () => options.shortcut ?? 'Alt+Shift+K',
    openLibrary,
    openOptions: vi.fn(),
    data: async () => popupData(db),
    reviewAfterClip: async () => options.reviewAfterClip ?? true,
    ...options.services,
  };
  const view = render(
    <LanguageProvider>
      <PopupServicesContext.Provider value={services}>
        <PopupApp />
      </PopupServicesContext.Provider>
    </LanguageProvider>,
  );
  return { ...view, db, handlers, services, openLibrary };
}
