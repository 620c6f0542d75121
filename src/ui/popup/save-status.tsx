import { useMessages } from '../i18n/use-messages.ts';
import { popupMessages } from './messages.ts';
import type { SaveState } from './use-save-state.ts';

/** "Đang lưu…", "Đã lưu" or why it was not saved, next to a field. */
export function SaveStatus({ state }: { state: SaveState }) {
  const t = useMessages(popupMessages);
  if (state.kind === 'idle') return null;
  if (state.kind === 'failed') {
    return (
      <span class="popup-save error" role="alert">
        {t('popup.save-failed', { reason: t(state.error) })}
      </span>
    );
  }
  return (
    <span class="popup-save muted" role="status">
      {t(state.kind === 'saving' ? 'popup.saving' : 'popup.saved')}
    </span>
  );
}
