import { useMessages } from '../i18n/use-messages.ts';
import { popupMessages } from './messages.ts';
import type { PopupState } from './use-popup-clip.ts';

type Failed = Extract<PopupState, { kind: 'failed' }>;

/** Why the page is not (fully) clipped, and the way to try again. Never an empty popup. */
export function ClipFailure({ state, onRetry, onOpenClip }: { state: Failed; onRetry: () => void; onOpenClip: (clipId: string) => void }) {
  const t = useMessages(popupMessages);
  return (
    <section class="popup-failure" role="alert">
      <h2>{state.error ? t('popup.failed') : t('status.pending')}</h2>
      {state.title && <p class="popup-failure-title">{state.title}</p>}
      <p class={state.error ? 'error' : 'muted'}>{state.error ? t(state.error) : t('popup.pending')}</p>
      <div class="popup-row">
        <button type="button" class="primary" onClick={onRetry}>
          {t('action.retry')}
        </button>
        {state.clipId && (
          <button type="button" onClick={() => onOpenClip(state.clipId!)}>
            {t('popup.open-clip')}
          </button>
        )}
      </div>
    </section>
  );
}
