import { useEffect, useState } from 'preact/hooks';
import type { ClipMode } from '../../platform/messaging/protocol.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { popupMessages } from './messages.ts';
import { usePopupServices } from './popup-services.ts';

/** The two ways to clip from the popup, and the shortcut that does it without the popup. */
export function ClipActions({ busy, onClip }: { busy: boolean; onClip: (mode: ClipMode) => void }) {
  const t = useMessages(popupMessages);
  const services = usePopupServices();
  const [keys, setKeys] = useState<string | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void services.shortcut().then(
      (k) => alive && setKeys(k),
      () => alive && setKeys(''),
    );
    return () => {
      alive = false;
    };
  }, [services]);

  return (
    <section class="popup-actions">
      <button type="button" class="primary popup-clip" disabled={busy} onClick={() => onClip('page')} autofocus>
        {t('popup.clip-page')}
      </button>
      <button type="button" disabled={busy} onClick={() => onClip('selection')}>
        {t('popup.clip-selection')}
      </button>
      <p class="popup-shortcut muted">
        {keys === undefined ? '\u00a0' : keys ? t('popup.shortcut', { keys }) : t('popup.no-shortcut')}
      </p>
    </section>
  );
}
