import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Clip } from '../../../core/schemas/index.ts';
import { updateClipNotes } from '../../../platform/db/clips-repository.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { errorMessageKey } from '../../shared/error-code.ts';
import { useLibraryServices } from '../library-services.ts';
import { libraryMessages } from '../messages.ts';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** The person's own words on a clip: tags (saved at once) and a note (saved as typed). */
export function ClipNotes({ clip, suggestions, onSaved }: { clip: Clip; suggestions: readonly string[]; onSaved: () => void }) {
  const { db } = useLibraryServices();
  const t = useMessages(libraryMessages);
  const id = useId();
  const [tagText, setTagText] = useState('');
  const [note, setNote] = useState(clip.note);
  const [state, setState] = useState<SaveState>('idle');
  const [problem, setProblem] = useState('');
  const editing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Follow the stored note (another tab, the popup) unless the person is typing in it.
  useEffect(() => {
    if (!editing.current) setNote(clip.note);
  }, [clip.note]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const save = async (change: { tags?: string[]; note?: string }) => {
    setState('saving');
    try {
      await updateClipNotes(db, clip.id, change);
      setState('saved');
      onSaved();
      setProblem('');
    } catch (error) {
      setState('failed');
      setProblem(t(errorMessageKey(error)));
    }
  };
  const addTags = () => {
    const added = tagText.split(',').map((s) => s.trim()).filter(Boolean);
    if (added.length === 0) return;
    setTagText('');
    void save({ tags: [...clip.tags, ...added] });
  };
  const saveNote = (text: string) => {
    clearTimeout(timer.current);
    if (text !== clip.note) void save({ note: text });
  };

  return (
    <section class="clip-notes" aria-label={t('notes.label')}>
      <div class="clip-tags">
        <span class="clip-tags-label">{t('notes.tags')}:</span>
        {clip.tags.length === 0 && <span class="muted">{t('notes.no-tags')}</span>}
        {clip.tags.map((tag) => (
          <span key={tag} class="chip">
            {tag}
            <button type="button" class="chip-remove" aria-label={t('notes.remove-tag', { tag })} onClick={() => void save({ tags: clip.tags.filter((x) => x !== tag) })}>
              ×
            </button>
          </span>
        ))}
        <input
          type="text"
          class="clip-tag-input"
          list={`${id}-tags`}
          value={tagText}
          placeholder={t('notes.add-tag')}
          aria-label={t('notes.add-tag')}
          onInput={(e) => setTagText((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              addTags();
            }
          }}
          onBlur={addTags}
        />
        <datalist id={`${id}-tags`}>
          {suggestions.filter((s) => !clip.tags.includes(s)).map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </div>
      <label class="clip-note" for={`${id}-note`}>
        <span>{t('notes.note')}</span>
        <textarea
          id={`${id}-note`}
          rows={3}
          value={note}
          placeholder={t('notes.note-placeholder')}
          onFocus={() => (editing.current = true)}
          onInput={(e) => {
            const text = (e.target as HTMLTextAreaElement).value;
            setNote(text);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => saveNote(text), 800);
          }}
          onBlur={(e) => {
            editing.current = false;
            saveNote((e.target as HTMLTextAreaElement).value);
          }}
        />
      </label>
      <p class={`save-state ${state === 'failed' ? 'error' : 'muted'}`} role="status" aria-live="polite">
        {state === 'saving' ? t('notes.saving') : state === 'saved' ? t('notes.saved') : state === 'failed' ? problem : ''}
      </p>
    </section>
  );
}
