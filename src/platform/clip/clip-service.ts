import type { UiLanguage } from '../../core/i18n/translate.ts';
import { cleanUrl } from '../../core/extract/clean-url.ts';
import type { ClipOutcome, TabClipStatus } from '../../core/schemas/clip-outcome.ts';
import type { Clip } from '../../core/schemas/index.ts';
import { findClipsByUrl, getClip } from '../db/clips-repository.ts';
import type { ClipMode } from '../messaging/protocol.ts';
import { clearBadge, showClipping, showOutcome } from './badge.ts';
import type { ActionPort, TabInfo, TabsPort } from './browser-ports.ts';
import type { ClipContext } from './clip-context.ts';
import { clipTab } from './clip-tab.ts';
import { retagClip, retryClip } from './retry-clip.ts';

// The background's clip service: what the four ways of clipping (popup,
// context menu, shortcut, selection) and the popup's questions come down to.
// One clip per tab at a time; the badge of the tab follows each outcome.
//
// Without the `tabs` permission the background sees a tab's address only
// while the user has just invoked the extension on it (activeTab). So the
// service remembers which clip it made in which tab, forgets it when the tab
// starts loading another page, and otherwise looks the address up when it can.

export interface ClipServiceDeps extends ClipContext {
  tabs: TabsPort;
  action: ActionPort;
  uiLanguage: () => Promise<UiLanguage>;
}

export interface ClipService {
  /** Clips a tab's page: the given tab, the tab of a menu click, or the active tab. */
  clipPage(request: { tabId?: number; tab?: TabInfo; mode: ClipMode }): Promise<ClipOutcome>;
  retryClip(request: { clipId: string; tabId?: number }): Promise<ClipOutcome>;
  retagClip(request: { clipId: string }): Promise<ClipOutcome>;
  statusForTab(request: { tabId: number }): Promise<TabClipStatus>;
  /** The tab started loading a page: what the service knew of it no longer holds. */
  forgetTab(tabId: number): Promise<void>;
}

const statusOf = (clip: Clip): TabClipStatus => ({
  state: 'clipped', clipId: clip.id, clippedAt: clip.clippedAt, title: clip.title, status: clip.status,
  ...(clip.error ? { error: clip.error } : {}),
});

const NO_TAB: ClipOutcome = { kind: 'failed', error: 'no-tab' };

export function createClipService(deps: ClipServiceDeps): ClipService {
  const inFlight = new Map<number, Promise<ClipOutcome>>();
  const clipOfTab = new Map<number, string>();

  async function resolveTab(request: { tabId?: number; tab?: TabInfo }): Promise<(TabInfo & { id: number }) | undefined> {
    const tab =
      request.tab ??
      (request.tabId !== undefined
        ? await deps.tabs.get(request.tabId).catch(() => undefined)
        : (await deps.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []))[0]);
    return tab?.id === undefined ? undefined : { ...tab, id: tab.id };
  }

  /** Remembers the tab's clip and shows the outcome on its badge; the badge is not waited for. */
  function finish(tabId: number | undefined, outcome: ClipOutcome, lang: UiLanguage, before?: Promise<void>): ClipOutcome {
    if (tabId === undefined) return outcome;
    const clipId = outcome.kind === 'clipped' ? outcome.clip.id : outcome.clipId;
    if (clipId) clipOfTab.set(tabId, clipId);
    // After the "clipping" badge, so it never overwrites the outcome.
    const show = () => showOutcome(deps.action, tabId, outcome, lang);
    if (before) void before.then(show);
    else void show();
    return outcome;
  }

  const languageNow = () => deps.uiLanguage().catch((): UiLanguage => 'vi');

  function runOnce(tabId: number, mode: ClipMode, getTab: () => Promise<(TabInfo & { id: number }) | undefined>): Promise<ClipOutcome> {
    const running = inFlight.get(tabId);
    if (running) return running;
    const work = (async (): Promise<ClipOutcome> => {
      const tab = await getTab();
      if (!tab) return NO_TAB;
      // The badge and the settings it is worded in are the browser's business: the clip goes on meanwhile.
      const language = languageNow();
      const clipping = language.then((lang) => showClipping(deps.action, tab.id, lang));
      const outcome = await clipTab(deps, tab, mode);
      return finish(tab.id, outcome, await language, clipping);
    })().finally(() => inFlight.delete(tabId));
    inFlight.set(tabId, work);
    return work;
  }

  return {
    clipPage(request) {
      // Known tab: registered at once, so a status asked right after sees "clipping".
      const knownId = request.tab?.id ?? request.tabId;
      if (knownId !== undefined) return runOnce(knownId, request.mode, () => resolveTab(request));
      return resolveTab(request).then((tab) => (tab ? runOnce(tab.id, request.mode, async () => tab) : NO_TAB));
    },

    async retryClip({ clipId, tabId }) {
      const [outcome, lang] = await Promise.all([retryClip(deps, deps.tabs, clipId, tabId), languageNow()]);
      return finish(tabId, outcome, lang);
    },

    retagClip: ({ clipId }) => retagClip(deps, clipId),

    async statusForTab({ tabId }) {
      if (inFlight.has(tabId)) return { state: 'clipping' };
      const tab = await deps.tabs.get(tabId).catch(() => undefined);
      const url = tab?.url ? cleanUrl(tab.url) : null;
      if (url) {
        const clips = await findClipsByUrl(deps.db, [url]);
        const clip = clips.find((c) => c.status === 'ready') ?? clips.at(-1);
        return clip ? statusOf(clip) : { state: 'not-clipped' };
      }
      const remembered = clipOfTab.get(tabId);
      const clip = remembered ? await getClip(deps.db, remembered) : undefined;
      return clip ? statusOf(clip) : { state: 'not-clipped' };
    },

    async forgetTab(tabId) {
      if (!clipOfTab.delete(tabId) || inFlight.has(tabId)) return;
      await clearBadge(deps.action, tabId, await deps.uiLanguage());
    },
  };
}
