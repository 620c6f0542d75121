import { useEffect, useRef, useState } from 'preact/hooks';
import { useMessages } from '../i18n/use-messages.ts';
import { popupMessages } from './messages.ts';
import { usePopupServices } from './popup-services.ts';
import { SaveStatus } from './save-status.tsx';
import { useSaveState } from './use-save-state.ts';

// Long enough not to write on every key, short enough that a popup closed
// right after typing has already saved.
const DEBOUNCE_MS = 500;

/** The user's note on the clip, saved while typing (debounced), on leaving the field and on closing. */
export function ClipNoteField({ clipId, initial }: { clipId: string; initial: string }) {
  const t = useMessages(popupMessages);
  const services = usePopupServices();
  const [note, setNote] = useState(initial);
  const [saveState, save] = useSaveState();
  const saved = useRef(initial);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(initial);

  const flush = () => {
    clearTimeout(pending.current);
    pending.current = undefined;
    const text = latest.current;
    if (text === saved.current) return;
    saved.current = text;
    void save(async () => (await services.data()).saveNotes(clipId, { note: text }));
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;

  useEffect(() => {
    // A popup closes without blurring its fields: write what is typed as it goes.
    const onHide = () => flushRef.current();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      onHide();
    };
  }, []);

  return (
    <section class="popup-section">
      <label for="popup-note" class="popup-label">
        {t('popup.note')} <SaveStatus state={saveState} />
      </label>
      <textarea
        id="popup-note"
        rows={3}
        placeholder={t('popup.note-placeholder')}
        value={note}
        onInput={(e) => {
          const text = e.currentTarget.value;
          setNote(text);
          latest.current = text;
          clearTimeout(pending.current);
          pending.current = setTimeout(() => flushRef.current(), DEBOUNCE_MS);
        }}
        onBlur={() => flush()}
      />
    </section>
  );
}
