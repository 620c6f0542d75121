import { useRef } from 'preact/hooks';
import { ENTITY_FAMILY } from '../../../core/schemas/entity.ts';
import type { ClipEntity } from '../../../core/schemas/clip-entity.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { libraryMessages } from '../messages.ts';
import { formatEntityValue } from './entity-value-format.ts';
import { selectedSpan } from './selection-range.ts';
import type { TextParagraph } from './text-segments.ts';

interface Props {
  paragraphs: readonly TextParagraph[];
  text: string;
  picked: number | null;
  onPick: (id: number) => void;
  onSelect: (span: { start: number; end: number } | null) => void;
}

/**
 * The article as plain text with its entities marked by family (colour) and
 * by what a person said (underline, strike-through). Every stretch carries
 * its offset, so a selection maps back to the text the tagger read.
 */
export function ArticleText({ paragraphs, text, picked, onPick, onSelect }: Props) {
  const t = useMessages(libraryMessages);
  const lang = useLanguage();
  const root = useRef<HTMLDivElement>(null);
  const check = () => root.current && onSelect(selectedSpan(root.current, getSelection(), text));
  const title = (e: ClipEntity) => `${t(`type.${e.type}`)}: ${formatEntityValue(e, lang, t)}${e.status === 'auto' ? '' : ` (${t(`entity.status.${e.status}`)})`}`;
  return (
    <div ref={root} class="article-text" onMouseUp={check} onKeyUp={check}>
      {paragraphs.map((p) => (
        <p key={p.start} class={p.lead ? 'article-lead' : undefined}>
          {p.segments.map((s) =>
            s.entity ? (
              <mark
                key={s.start}
                data-at={s.start}
                data-entity={s.entity.id}
                class={`entity-mark family-${ENTITY_FAMILY[s.entity.type]} status-${s.entity.status}${picked === s.entity.id ? ' is-picked' : ''}`}
                title={title(s.entity)}
                onClick={() => {
                  // Selecting text that starts on a mark must not count as a click on it.
                  if (getSelection()?.isCollapsed !== false) onPick(s.entity!.id);
                }}
              >
                {s.text}
              </mark>
            ) : (
              <span key={s.start} data-at={s.start}>
                {s.text}
              </span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
