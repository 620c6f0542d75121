import { translate, type UiLanguage } from '../../core/i18n/translate.ts';
import type { ClipMode } from '../messaging/protocol.ts';
import type { MenusPort, TabInfo } from './browser-ports.ts';

// Two entries in the page's context menu: clip the article, or (over a
// selection) clip only the selected text. Titles follow the UI language.

export const MENU_ITEMS: readonly { id: string; mode: ClipMode; context: 'page' | 'selection' }[] = [
  { id: 'bantin-clip-page', mode: 'page', context: 'page' },
  { id: 'bantin-clip-selection', mode: 'selection', context: 'selection' },
];

/** (Re)creates the menu entries; run on install and when the language changes. */
export async function installContextMenus(menus: MenusPort, lang: UiLanguage): Promise<void> {
  await menus.removeAll();
  for (const item of MENU_ITEMS) {
    const title = translate(lang, item.mode === 'page' ? 'menu.clip-page' : 'menu.clip-selection');
    menus.create({ id: item.id, title, contexts: [item.context] });
  }
}

/** The clip a menu click asks for; the page address comes with the click when the tab has none. */
export function menuClipRequest(
  info: { menuItemId: string | number; pageUrl?: string },
  tab: TabInfo | undefined,
): { tab: TabInfo & { id: number }; mode: ClipMode } | undefined {
  const item = MENU_ITEMS.find((m) => m.id === info.menuItemId);
  if (!item || tab?.id === undefined) return undefined;
  return { tab: { ...tab, id: tab.id, url: tab.url ?? info.pageUrl }, mode: item.mode };
}
