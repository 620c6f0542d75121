import { useMessages } from '../../i18n/use-messages.ts';
import { libraryMessages } from '../messages.ts';

interface Props {
  position: { index: number; total: number } | null;
  onClose: () => void;
  onStep: (delta: -1 | 1) => void;
}

/** Back to the list, and the previous or next clip of the results. */
export function ReaderNav({ position, onClose, onStep }: Props) {
  const t = useMessages(libraryMessages);
  return (
    <nav class="reader-nav" aria-label={t('reader.nav')}>
      <button type="button" onClick={onClose} aria-keyshortcuts="Escape">
        ← {t('reader.back')}
      </button>
      {position && (
        <>
          <button type="button" disabled={position.index <= 0} onClick={() => onStep(-1)}>
            ‹ {t('reader.previous')}
          </button>
          <button type="button" disabled={position.index >= position.total - 1} onClick={() => onStep(1)}>
            {t('reader.next')} ›
          </button>
          <span class="muted">{t('reader.position', { index: position.index + 1, total: position.total })}</span>
        </>
      )}
    </nav>
  );
}
