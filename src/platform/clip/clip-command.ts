import type { ClipOutcome } from '../../core/schemas/clip-outcome.ts';
import type { TabInfo } from './browser-ports.ts';
import type { ClipService } from './clip-service.ts';

/** The manifest's command for the clip shortcut (Alt+Shift+K by default). */
export const CLIP_COMMAND = 'clip-page';

/** The listener of `commands.onCommand`: the outcome of the clip, or undefined for another command. */
export type ClipCommandHandler = (command: string, tab?: TabInfo) => Promise<ClipOutcome> | undefined;

/**
 * What the keyboard shortcut does: clip the page of the tab the browser names
 * (the active tab when it names none). A named function rather than an inline
 * listener, so the end-to-end build can hand this very function to a script:
 * no script can press a browser-level shortcut.
 */
export function clipCommandHandler(service: Pick<ClipService, 'clipPage'>): ClipCommandHandler {
  return (command, tab) => {
    if (command !== CLIP_COMMAND) return undefined;
    return service.clipPage({ tab: tab?.id === undefined ? undefined : tab, mode: 'page' });
  };
}
