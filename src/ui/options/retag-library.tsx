import { useRef, useState } from 'preact/hooks';
import { useMessages } from '../i18n/use-messages.ts';
import { useOptionsServices } from './options-services.ts';
import { retagAll, type RetagProgress } from './retag-all.ts';
import { vocabularyMessages } from './vocabulary-messages.ts';

type RetagState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: RetagProgress }
  | { kind: 'finished'; progress: RetagProgress; stopped: boolean };

/** "Gắn nhãn lại toàn bộ thư viện": every clip through the background's retag-clip, with a progress bar. */
export function RetagLibrary() {
  const t = useMessages(vocabularyMessages);
  const services = useOptionsServices();
  const [state, setState] = useState<RetagState>({ kind: 'idle' });
  const stop = useRef<AbortController | undefined>(undefined);

  const start = async () => {
    const controller = new AbortController();
    stop.current = controller;
    setState({ kind: 'running', progress: { done: 0, total: 0, failed: 0 } });
    const ids = await services.clipIds().catch(() => []);
    const result = await retagAll(ids, (clipId) => services.send('retag-clip', { clipId }), {
      signal: controller.signal,
      onProgress: (progress) => setState({ kind: 'running', progress }),
    });
    setState({ kind: 'finished', progress: result, stopped: result.stopped });
  };

  const progress = state.kind === 'idle' ? undefined : state.progress;
  return (
    <div class="options-retag">
      <h3>{t('retag.title')}</h3>
      <p>
        {t('retag.intro')} <strong>{t('retag.kept')}</strong>
      </p>
      <div class="options-row">
        <button type="button" class="primary" disabled={state.kind === 'running'} onClick={() => void start()}>
          {t('retag.start')}
        </button>
        {state.kind === 'running' && (
          <button type="button" onClick={() => stop.current?.abort()}>
            {t('retag.stop')}
          </button>
        )}
      </div>
      {progress && progress.total > 0 && (
        <progress class="options-progress" max={progress.total} value={progress.done} aria-label={t('retag.title')} />
      )}
      <p role="status" aria-live="polite">
        {state.kind === 'running' && progress!.total > 0 && t('retag.progress', { done: progress!.done, total: progress!.total })}
        {state.kind === 'finished' && state.progress.total === 0 && t('retag.empty')}
        {state.kind === 'finished' && state.progress.total > 0 &&
          (state.stopped
            ? t('retag.stopped', { done: state.progress.done, total: state.progress.total })
            : t(state.progress.done - state.progress.failed === 1 ? 'retag.done-one' : 'retag.done', { count: state.progress.done - state.progress.failed }))}
      </p>
      {state.kind === 'finished' && state.progress.failed > 0 && <p class="warning">{t(state.progress.failed === 1 ? 'retag.failed-one' : 'retag.failed', { count: state.progress.failed })}</p>}
    </div>
  );
}
