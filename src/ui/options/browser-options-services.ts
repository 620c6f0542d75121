import { browser } from 'wxt/browser';
import { getBantinDb } from '../../platform/db/open-db.ts';
import { requestPersistentStorage, storageEstimate } from '../../platform/db/persistent-storage.ts';
import { sendMessage } from '../../platform/messaging/send-message.ts';
import { loadSettings, saveSettings, watchSettings } from '../../platform/settings/settings.ts';
import { dbOptionsServices } from './db-options-services.ts';
import type { OptionsServices } from './options-services.ts';

/** The options page's services over the real browser and the library database. */
export function browserOptionsServices(): OptionsServices {
  const library = dbOptionsServices(getBantinDb());
  return {
    ...library,
    settings: { load: () => loadSettings(), save: (change) => saveSettings(change), watch: (onChange) => watchSettings(onChange) },
    async shortcut() {
      const commands = await browser.commands.getAll();
      return commands.find((c) => c.name === 'clip-page')?.shortcut ?? '';
    },
    browserKind: import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome',
    // Extension pages may open chrome:// pages with tabs.create; a link could not.
    openShortcutSettings: () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }),
    openLibrary: () => void browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)('/library.html') }),
    storage: { estimate: () => storageEstimate(), persist: () => requestPersistentStorage() },
    vocabulary: {
      ...library.vocabulary,
      // The gazetteer data is large; only the vocabulary form needs it.
      builtin: async () => (await import('../../core/tag/gazetteer/load-gazetteer.ts')).loadBuiltinGazetteer(),
    },
    send: sendMessage,
  };
}
