import { translate, type UiLanguage } from '../../core/i18n/translate.ts';
import type { ClipOutcome } from '../../core/schemas/clip-outcome.ts';
import type { ActionPort } from './browser-ports.ts';

// The toolbar button tells, per tab, how the last clip went: a check mark
// when the page is in the library, "!" when it failed (the title says why).
// This is the only feedback of a clip made by the context menu or shortcut.

const GREEN = '#1b7f3b';
const RED = '#b3261e';
const GREY = '#5f6368';

async function show(action: ActionPort, tabId: number, text: string, color: string, title: string): Promise<void> {
  // A tab closed meanwhile makes these calls fail; there is nothing to show then.
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setBadgeBackgroundColor({ tabId, color }),
    action.setTitle({ tabId, title }),
  ]).catch(() => undefined);
}

export function showClipping(action: ActionPort, tabId: number, lang: UiLanguage): Promise<void> {
  return show(action, tabId, '…', GREY, translate(lang, 'badge.clipping'));
}

export function showOutcome(action: ActionPort, tabId: number, outcome: ClipOutcome, lang: UiLanguage): Promise<void> {
  switch (outcome.kind) {
    case 'clipped':
      return show(action, tabId, '✓', GREEN, translate(lang, 'badge.clipped', { title: outcome.clip.title }));
    case 'already-clipped':
      return show(action, tabId, '✓', GREEN, translate(lang, 'badge.already-clipped', { title: outcome.title }));
    case 'failed':
      return show(action, tabId, '!', RED, translate(lang, 'badge.failed', { reason: translate(lang, `error.${outcome.error}`) }));
  }
}

/** Back to the plain button (the tab went to another page). */
export async function clearBadge(action: ActionPort, tabId: number, lang: UiLanguage): Promise<void> {
  await Promise.all([action.setBadgeText({ tabId, text: '' }), action.setTitle({ tabId, title: translate(lang, 'action.clip') })]).catch(() => undefined);
}
