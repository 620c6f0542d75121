import { useMemo, useRef, useState } from 'preact/hooks';
import { normalizeTag, normalizeTags } from '../../core/clip/normalize-tags.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { popupMessages } from './messages.ts';
import { suggestTags } from './suggest-tags.ts';

interface TagEditorProps {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  /** Tags in use across the library, asked for when the field is first focused. */
  loadSuggestions: () => Promise<string[]>;
  labelledBy: string;
}

/**
 * A clip's tags as chips, and a field that completes from the tags in use
 * (a combobox: arrows choose, Enter or comma adds, Escape closes the list,
 * Backspace in an empty field removes the last tag).
 */
export function TagEditor({ tags, onChange, loadSuggestions, labelledBy }: TagEditorProps) {
  const t = useMessages(popupMessages);
  const [typed, setTyped] = useState('');
  const [all, setAll] = useState<string[] | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const asked = useRef(false);
  const suggestions = useMemo(() => (all && open ? suggestTags(all, typed, tags) : []), [all, open, typed, tags]);

  const ask = () => {
    if (asked.current) return;
    asked.current = true;
    void loadSuggestions().then(setAll, () => setAll([]));
  };
  const add = (tag: string) => {
    const next = normalizeTags([...tags, tag]);
    if (normalizeTag(tag) && next.length > tags.length) onChange(next);
    setTyped('');
    setActive(-1);
  };
  const remove = (tag: string) => onChange(tags.filter((x) => x !== tag));

  const onKeyDown = (event: KeyboardEvent) => {
    const last = suggestions.length - 1;
    if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i >= last ? 0 : i + 1));
    } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? last : i - 1));
    } else if (event.key === 'Enter' || event.key === ',') {
      const chosen = active >= 0 ? suggestions[active] : typed;
      if (!chosen?.trim()) return;
      event.preventDefault();
      add(chosen);
    } else if (event.key === 'Escape' && open && suggestions.length > 0) {
      // Closes the list only; a second Escape closes the popup as usual.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Backspace' && typed === '' && tags.length > 0) {
      remove(tags[tags.length - 1]!);
    }
  };

  const listId = `${labelledBy}-list`;
  const expanded = open && suggestions.length > 0;
  return (
    <div class="tag-editor">
      <ul class="tag-editor-tags" aria-labelledby={labelledBy}>
        {tags.map((tag) => (
          <li key={tag} class="chip">
            {tag}
            <button type="button" class="chip-remove" aria-label={t('popup.tag-remove', { tag })} onClick={() => remove(tag)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div class="tag-editor-field">
        <input
          type="text"
          role="combobox"
          aria-labelledby={labelledBy}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          placeholder={t('popup.tag-placeholder')}
          value={typed}
          onFocus={() => {
            ask();
            setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onInput={(e) => {
            setTyped(e.currentTarget.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={t('popup.tag-suggestions')} class="tag-editor-list" hidden={!expanded}>
          {suggestions.map((tag, i) => (
            <li
              key={tag}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : undefined}
              // mousedown, not click: the field would lose focus (and close the list) first.
              onMouseDown={(e) => {
                e.preventDefault();
                add(tag);
              }}
            >
              {tag}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
