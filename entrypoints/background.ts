import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createClipService } from '../src/platform/clip/clip-service.ts';
import { clipCommandHandler } from '../src/platform/clip/clip-command.ts';
import { clipContext } from '../src/platform/clip/clip-context.ts';
import type { ActionPort, MenusPort, ScriptingPort, TabsPort } from '../src/platform/clip/browser-ports.ts';
import { installContextMenus, menuClipRequest } from '../src/platform/clip/context-menus.ts';
import { getBantinDb } from '../src/platform/db/open-db.ts';
import { registerHandlers } from '../src/platform/messaging/register-handlers.ts';
import { loadSettings, watchSettings } from '../src/platform/settings/settings.ts';

// Composition root: wires browser events to the clip service. Listeners are
// added synchronously at start-up, as MV3 service workers require.
export default defineBackground(() => {
  const uiLanguage = async () => (await loadSettings()).uiLanguage;
  const menus = browser.contextMenus as unknown as MenusPort;
  const service = createClipService({
    ...clipContext({ db: getBantinDb(), scripting: browser.scripting as unknown as ScriptingPort }),
    tabs: browser.tabs as unknown as TabsPort,
    action: browser.action as unknown as ActionPort,
    uiLanguage,
  });

  registerHandlers({
    'clip-page': (input) => service.clipPage(input),
    'retry-clip': (input) => service.retryClip(input),
    'retag-clip': (input) => service.retagClip(input),
    'clip-status-for-tab': (input) => service.statusForTab(input),
  });

  browser.runtime.onInstalled.addListener(() => void uiLanguage().then((lang) => installContextMenus(menus, lang)));
  let menuLanguage: string | undefined;
  watchSettings((settings) => {
    if (settings.uiLanguage === menuLanguage) return;
    menuLanguage = settings.uiLanguage;
    void installContextMenus(menus, settings.uiLanguage);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const request = menuClipRequest(info, tab);
    if (request) void service.clipPage(request);
  });
  const onClipCommand = clipCommandHandler(service);
  browser.commands.onCommand.addListener((command, tab) => void onClipCommand(command, tab));
  // The e2e build only (the end-to-end suite, the demo): no script can press a
  // browser shortcut, so the shortcut's own handler is reachable from the worker.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { bantinClipCommand: onClipCommand });
  // Without the `tabs` permission this event still says when a tab starts loading.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void service.forgetTab(tabId);
  });
});
