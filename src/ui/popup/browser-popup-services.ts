import { browser } from 'wxt/browser';
import type { SendMessage } from '../../platform/messaging/send-message.ts';
import type { PopupData } from './popup-data.ts';
import type { PopupServices } from './popup-services.ts';

// The popup's services over the real browser. The sender (zod schemas) and
// the database (Dexie) are imported on first use, after the first paint, so
// the popup's own script stays a few kilobytes.

/** The library page, at one clip when given: library.html#clip=<id>. */
export function libraryUrl(clipId?: string): string {
  const base = (browser.runtime.getURL as (path: string) => string)('/library.html');
  return clipId ? `${base}#clip=${encodeURIComponent(clipId)}` : base;
}

let data: Promise<PopupData> | undefined;

export function browserPopupServices(): PopupServices {
  const send: SendMessage = async (name, input) => (await import('../../platform/messaging/send-message.ts')).sendMessage(name, input);
  const openTab = (url: string) => {
    void browser.tabs.create({ url });
    // A popup stays open over the new tab otherwise.
    window.close();
  };
  return {
    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    },
    send,
    async shortcut() {
      const commands = await browser.commands.getAll();
      return commands.find((c) => c.name === 'clip-page')?.shortcut ?? '';
    },
    openLibrary: (clipId) => openTab(libraryUrl(clipId)),
    openOptions() {
      void browser.runtime.openOptionsPage();
      window.close();
    },
    data() {
      data ??= Promise.all([import('../../platform/db/open-db.ts'), import('./popup-data.ts')]).then(([db, mod]) => mod.popupData(db.getBantinDb()));
      return data;
    },
    async reviewAfterClip() {
      const { loadSettings } = await import('../../platform/settings/settings.ts');
      return (await loadSettings()).reviewAfterClip;
    },
  };
}
