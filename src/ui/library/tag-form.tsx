import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useMessages } from '../i18n/use-messages.ts';
import { libraryMessages } from './messages.ts';

interface Props {
  label: string;
  submitLabel: string;
  suggestions: readonly string[];
  onSubmit: (tags: string[]) => Promise<void> | void;
  onCancel: () => void;
}

/** A small form for one or more tags (comma-separated), with the library's tags to complete from. */
export function TagForm({ label, submitLabel, suggestions, onSubmit, onCancel }: Props) {
  const t = useMessages(libraryMessages);
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const tags = text.split(',').map((s) => s.trim()).filter(Boolean);
  return (
    <form
      class="tag-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (tags.length === 0) return;
        setBusy(true);
        try {
          await onSubmit(tags);
        } finally {
          setBusy(false);
        }
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label for={`${id}-tags`}>{label}</label>
      <input ref={input} id={`${id}-tags`} type="text" list={`${id}-list`} value={text} placeholder={t('tags.placeholder')} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      <datalist id={`${id}-list`}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <button type="submit" class="primary" disabled={busy || tags.length === 0}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {t('action.cancel')}
      </button>
    </form>
  );
}
