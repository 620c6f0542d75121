import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/translate.ts';
import type { ClipOutcome, TabClipStatus } from '../../core/schemas/clip-outcome.ts';
import type { ClipMode } from '../../platform/messaging/protocol.ts';
import { errorMessageKey } from '../shared/error-code.ts';
import type { ClipView } from './popup-data.ts';
import type { PopupServices } from './popup-services.ts';

// What the popup shows, as one state: it starts by asking the background
// whether the tab's page is in the library, and moves on as the user clips.

export type PopupState =
  | { kind: 'checking' }
  /** Not in the library (or the background could not say: `unknown`). */
  | { kind: 'idle'; unknown?: boolean }
  | { kind: 'clipping'; mode: ClipMode }
  /**
   * A clip to show. `view` is there when the background sent it (a fresh
   * clip); otherwise the popup reads it from the library. `clippedAt` marks
   * a page clipped before.
   */
  | { kind: 'clip'; clipId: string; view?: ClipView; clippedAt?: string; fresh: boolean }
  /** Not clipped, or clipped half way (`clipId`): `retry` finishes it. `error` undefined: still pending. */
  | { kind: 'failed'; error?: MessageKey; clipId?: string; title?: string; mode: ClipMode };

function fromStatus(status: TabClipStatus): PopupState {
  if (status.state === 'not-clipped') return { kind: 'idle' };
  if (status.state === 'clipping') return { kind: 'clipping', mode: 'page' };
  if (status.status === 'ready') return { kind: 'clip', clipId: status.clipId, clippedAt: status.clippedAt, fresh: false };
  const error = status.status === 'failed' ? (`error.${status.error ?? 'unknown'}` as MessageKey) : undefined;
  return { kind: 'failed', error, clipId: status.clipId, title: status.title, mode: 'page' };
}

function fromOutcome(outcome: ClipOutcome, mode: ClipMode): PopupState {
  switch (outcome.kind) {
    case 'clipped': {
      const { clip, entities, sameStoryAs } = outcome;
      return { kind: 'clip', clipId: clip.id, view: { clip, entities, ...(sameStoryAs ? { sameStoryAs } : {}) }, fresh: true };
    }
    case 'already-clipped':
      return { kind: 'clip', clipId: outcome.clipId, clippedAt: outcome.clippedAt, fresh: false };
    case 'failed':
      return { kind: 'failed', error: `error.${outcome.error}`, mode, ...(outcome.clipId ? { clipId: outcome.clipId } : {}), ...(outcome.title ? { title: outcome.title } : {}) };
  }
}

export interface PopupClip {
  state: PopupState;
  clip(mode: ClipMode): void;
  retry(): void;
}

export function usePopupClip(services: PopupServices): PopupClip {
  const [state, setState] = useState<PopupState>({ kind: 'checking' });
  const tabId = useRef<Promise<number | undefined>>(undefined);
  tabId.current ??= services.activeTabId().catch(() => undefined);

  const run = useCallback(
    async (mode: ClipMode, request: (tab: number | undefined) => Promise<ClipOutcome>) => {
      setState({ kind: 'clipping', mode });
      try {
        setState(fromOutcome(await request(await tabId.current), mode));
      } catch (error) {
        // The background did not answer (or answered nonsense): say so, keep the way to try again.
        setState({ kind: 'failed', error: errorMessageKey(error), mode });
      }
    },
    [],
  );

  const clip = useCallback(
    (mode: ClipMode) => void run(mode, (tab) => services.send('clip-page', { ...(tab === undefined ? {} : { tabId: tab }), mode })),
    [run, services],
  );

  useEffect(() => {
    let alive = true;
    void (async () => {
      const tab = await tabId.current;
      const status = tab === undefined ? undefined : await services.send('clip-status-for-tab', { tabId: tab }).catch(() => undefined);
      if (!alive) return;
      const next: PopupState = status ? fromStatus(status) : { kind: 'idle', unknown: tab !== undefined };
      // The user may have clipped while the question was out: that wins.
      setState((current) => (current.kind === 'checking' ? next : current));
      // A clip under way (shortcut, menu): asking again joins it and brings its outcome.
      if (status?.state === 'clipping') clip('page');
    })();
    return () => {
      alive = false;
    };
  }, [services, clip]);

  const retry = useCallback(() => {
    if (state.kind !== 'failed') return;
    const { clipId, mode } = state;
    if (!clipId) return clip(mode);
    void run(mode, (tab) => services.send('retry-clip', { clipId, ...(tab === undefined ? {} : { tabId: tab }) }));
  }, [state, run, clip, services]);

  return { state, clip, retry };
}
