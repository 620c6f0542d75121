import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ClipOutcome } from '../../../core/schemas/clip-outcome.ts';
import type { VocabularyEntry } from '../../../core/schemas/index.ts';
import type { BantinDb } from '../../../platform/db/bantin-db.ts';
import type { StorageEstimateSummary } from '../../../platform/db/persistent-storage.ts';
import { freshDb } from '../../../platform/db/testing/fake-db.ts';
import { registerHandlers, type MessageEvent } from '../../../platform/messaging/register-handlers.ts';
import { createSender, type MessageTransport } from '../../../platform/messaging/send-message.ts';
import { loadSettings, saveSettings, watchSettings, type SettingsArea, type SettingsChangeEvent } from '../../../platform/settings/settings.ts';
import { LanguageProvider } from '../../i18n/language-context.tsx';
import { dbOptionsServices } from '../db-options-services.ts';
import { OptionsApp } from '../options-app.tsx';
import { OptionsServicesContext, type OptionsServices } from '../options-services.ts';

// The options page over WXT's fake browser (settings in its storage, messages
// through its runtime to handlers the test gives) and a fresh library.

export const BUILTIN: VocabularyEntry[] = [
  { id: 'cuc-hq-lang-son', kind: 'unit', name: 'Cục Hải quan Lạng Sơn', aliases: ['Hải quan Lạng Sơn'] },
  { id: 'tong-cuc-hai-quan', kind: 'unit', name: 'Tổng cục Hải quan', aliases: ['TCHQ'], validTo: '2025-02-28' },
  { id: 'chong-buon-lau', kind: 'campaign', name: 'Chống buôn lậu', aliases: [] },
];

export interface OptionsHarnessOptions {
  db?: BantinDb;
  retag?: (clipId: string) => Promise<ClipOutcome>;
  estimate?: StorageEstimateSummary;
  persist?: () => Promise<boolean>;
  browserKind?: 'chrome' | 'firefox';
  shortcut?: string;
}

export function renderOptions(options: OptionsHarnessOptions = {}) {
  const db = options.db ?? freshDb();
  const area = fakeBrowser.storage.local as unknown as SettingsArea;
  const retag = vi.fn(async ({ clipId }: { clipId: string }) => (options.retag ? options.retag(clipId) : ({ kind: 'failed', error: 'clip-not-found', clipId } as const)));
  registerHandlers({ 'retag-clip': retag }, fakeBrowser.runtime.onMessage as unknown as MessageEvent);
  const persist = vi.fn(options.persist ?? (async () => true));
  const library = dbOptionsServices(db);
  const services: OptionsServices = {
    ...library,
    settings: {
      load: () => loadSettings(area),
      save: (change) => saveSettings(change, area),
      watch: (onChange) => watchSettings(onChange, fakeBrowser.storage.onChanged as unknown as SettingsChangeEvent),
    },
    shortcut: async () => options.shortcut ?? 'Alt+Shift+K',
    browserKind: options.browserKind ?? 'chrome',
    openShortcutSettings: vi.fn(),
    openLibrary: vi.fn(),
    storage: { estimate: async () => options.estimate ?? { usage: 12_900_000, quota: 2_147_483_648, persisted: false }, persist },
    vocabulary: {
      ...library.vocabulary,
      builtin: async () => BUILTIN,
    },
    send: createSender(fakeBrowser.runtime as unknown as MessageTransport),
  };
  const view = render(
    <LanguageProvider>
      <OptionsServicesContext.Provider value={services}>
        <OptionsApp />
      </OptionsServicesContext.Provider>
    </LanguageProvider>,
  );
  return { ...view, db, area, services, retag, persist };
}
