import { useEffect, useId, useRef } from 'preact/hooks';
import { composerHref } from '../../../platform/bundles/composer-url.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { ProgressLine } from '../export/progress-line.tsx';
import { ImportPreview } from './import-preview.tsx';
import { importMessages } from './import-messages.ts';
import type { ImportState } from './use-import.ts';

interface Props {
  state: Exclude<ImportState, { step: 'idle' }>;
  onApply: () => void;
  onClose: () => void;
}

/** The import's modal: progress, a refusal, the preview with "Nhập", the outcome. */
export function ImportDialog({ state, onApply, onClose }: Props) {
  const t = useMessages(importMessages);
  const heading = useId();
  const box = useRef<HTMLDivElement>(null);
  const busy = state.step === 'applying';
  useEffect(() => box.current?.focus(), [state.step]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !busy) {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Tab') {
      // A modal keeps the keyboard inside: Tab past the last control comes back to the first.
      const controls = [...(box.current?.querySelectorAll<HTMLElement>('button:not(:disabled), a[href], summary') ?? [])];
      const [first, last] = [controls[0], controls.at(-1)];
      if (!first || !last) return;
      if (e.shiftKey && (document.activeElement === first || document.activeElement === box.current)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  };
  const backup = (state.step === 'preview' || state.step === 'applying' || state.step === 'failed') && state.preview.scope === 'backup';
  const title = t(backup ? 'import.heading-backup' : state.step === 'preview' ? 'import.heading-bundle' : 'import.open');
  const closeButton = <button type="button" onClick={onClose}>{t('import.close')}</button>;

  let body;
  switch (state.step) {
    case 'preparing':
      body = (<>
        <ProgressLine label={t(`import.stage.${state.stage}`)} />
        <div class="dialog-actions"><button type="button" onClick={onClose}>{t('import.cancel')}</button></div>
      </>);
      break;
    case 'refused':
      body = (<>
        <p class="error" role="alert">
          {t(`import.error.${state.error}`, { reason: state.detail ?? '' })} {t('import.nothing-written')}
        </p>
        {state.error === 'invalid' && state.detail && <p class="muted import-detail">{state.detail}</p>}
        <div class="dialog-actions">{closeButton}</div>
      </>);
      break;
    case 'preview':
    case 'applying': {
      const s = state.preview.summary;
      const nothing = s.newClips + s.updatedClips + s.bundles + s.vocabulary === 0;
      body = (<>
        {state.step === 'preview' && state.libraryChanged && <p class="warning" role="alert">{t('import.library-changed')}</p>}
        <ImportPreview preview={state.preview} fileName={state.fileName} />
        {nothing && <p role="status">{t('import.nothing-to-do')}</p>}
        {state.step === 'applying' && <ProgressLine label={t('import.applying')} done={state.done} total={state.total} />}
        <div class="dialog-actions">
          <button type="button" class="primary" disabled={busy || nothing} onClick={onApply}>{t(backup ? 'import.apply-backup' : 'import.apply')}</button>
          <button type="button" disabled={busy} onClick={onClose}>{t('import.cancel')}</button>
        </div>
      </>);
      break;
    }
    case 'done':
      body = (<>
        <p role="status">{t('import.done', { new: state.applied.newClipIds.length, updated: state.applied.updatedClipIds.length, bundles: state.applied.bundleIds.length })}</p>
        {state.bundles.length > 0 && (
          <ul class="bundle-list">
            {state.bundles.map((b) => <li key={b.id}><a href={composerHref(b.id)}>{t('import.open-bundle', { title: b.title })}</a></li>)}
          </ul>
        )}
        <div class="dialog-actions">{closeButton}</div>
      </>);
      break;
    case 'failed':
      body = (<>
        <p class="error" role="alert">{t('import.failed', { reason: t(state.code === 'storage-full' ? 'error.storage-full' : 'error.unknown') })}</p>
        <div class="dialog-actions">{closeButton}</div>
      </>);
      break;
  }

  return (
    <div class="dialog-backdrop">
      <div ref={box} class="dialog" role="dialog" aria-modal="true" aria-labelledby={heading} tabIndex={-1} onKeyDown={onKeyDown}>
        <h2 id={heading}>{title}</h2>
        {body}
      </div>
    </div>
  );
}
