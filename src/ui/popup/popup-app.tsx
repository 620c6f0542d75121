import { useEffect, useState } from 'preact/hooks';
import { formatClipTime } from '../../core/i18n/format-clip-time.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { ClipActions } from './clip-actions.tsx';
import { ClipFailure } from './clip-failure.tsx';
import { popupMessages } from './messages.ts';
import { usePopupServices } from './popup-services.ts';
import { useLazyModule } from './use-lazy-module.ts';
import { usePopupClip, type PopupState } from './use-popup-clip.ts';

// The popup paints this shell at once; the clip view (entities, tags, note,
// bundles) and everything it needs arrive as a separate chunk, fetched while
// the background answers.
const loadClipResult = () => import('./clip-result.tsx');

export function PopupApp() {
  const t = useMessages(popupMessages);
  const services = usePopupServices();
  const { state, clip, retry } = usePopupClip(services);
  const results = useLazyModule(loadClipResult);
  const [reviewAfterClip, setReviewAfterClip] = useState(true);
  useEffect(() => {
    void services.reviewAfterClip().then(setReviewAfterClip, () => undefined);
  }, [services]);
  useEffect(() => {
    if (state.kind !== 'checking') performance.mark('bantin:popup-status');
  }, [state.kind]);

  return (
    <div class="popup">
      <header class="popup-header">
        <h1>{t('popup.name')}</h1>
        <button type="button" class="popup-link" onClick={() => services.openOptions()}>
          {t('popup.options')}
        </button>
      </header>
      <ClipActions busy={state.kind === 'clipping'} onClip={clip} />
      <main class="popup-body" aria-live="polite">
        <StateView state={state} retry={retry} results={results} reviewAfterClip={reviewAfterClip} />
      </main>
      <footer class="popup-footer">
        <button type="button" class="popup-link" onClick={() => services.openLibrary()}>
          {t('popup.open-library')}
        </button>
      </footer>
    </div>
  );
}

interface StateViewProps {
  state: PopupState;
  retry: () => void;
  results: Awaited<ReturnType<typeof loadClipResult>> | undefined;
  reviewAfterClip: boolean;
}

function StateView({ state, retry, results, reviewAfterClip }: StateViewProps) {
  const t = useMessages(popupMessages);
  const services = usePopupServices();
  switch (state.kind) {
    case 'checking':
      return <p class="muted popup-note">{t('popup.checking')}</p>;
    case 'idle':
      return <p class="muted popup-note">{t(state.unknown ? 'popup.status-unknown' : 'popup.idle')}</p>;
    case 'clipping':
      return (
        <div class="popup-progress" role="status">
          <progress aria-label={t('clip.clipping')} />
          <span>{t('clip.clipping')}</span>
        </div>
      );
    case 'failed':
      return <ClipFailure state={state} onRetry={retry} onOpenClip={(id) => services.openLibrary(id)} />;
    case 'clip':
      return (
        <>
          {state.clippedAt && <p class="popup-notice">{t('clip.already-clipped', { when: formatClipTime(state.clippedAt) })}</p>}
          {state.fresh && <p class="popup-notice popup-ok">{t('clip.clipped')}</p>}
          {results ? (
            <results.ClipResult key={state.clipId} clipId={state.clipId} initial={state.view} collapsed={state.fresh && !reviewAfterClip} />
          ) : (
            <p class="muted popup-note">{t('popup.loading-clip')}</p>
          )}
        </>
      );
  }
}
