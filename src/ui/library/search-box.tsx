import { useEffect, useRef, useState } from 'preact/hooks';
import { useMessages } from '../i18n/use-messages.ts';
import { libraryMessages } from './messages.ts';

const DEBOUNCE_MS = 200;

/** The search field: searches as you type (after a short pause); "/" jumps to it, Escape clears it. */
export function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const t = useMessages(libraryMessages);
  const [text, setText] = useState(value);
  const sent = useRef(value);
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The view changed from outside (a link, "clear filters"): show it.
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);

  const send = (q: string, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      sent.current = q;
      onChange(q);
    }, delay);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  return (
    <div class="search-box" role="search">
      <input
        ref={input}
        type="search"
        value={text}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        aria-keyshortcuts="/"
        onInput={(e) => {
          const q = (e.target as HTMLInputElement).value;
          setText(q);
          send(q, DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') send(text, 0);
          if (e.key === 'Escape' && text) {
            e.preventDefault();
            setText('');
            send('', 0);
          }
        }}
      />
    </div>
  );
}
