import { clipSite, clipUrl } from '../../../core/export/clip-site.ts';
import { formatDayVi, vietnamDay } from '../../../core/export/vietnam-day.ts';
import type { BundleItem, ExportedClip } from '../../../core/schemas/index.ts';
import type { ItemAt } from '../../../platform/bundles/bundle-edits.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { composerMessages } from './composer-messages.ts';

export interface ItemActions {
  onNote: (at: ItemAt, note: string) => void;
  onRemove: (at: ItemAt) => void;
  onStep: (at: ItemAt, direction: -1 | 1) => void;
  onUnfold: (at: ItemAt, copyId: string) => void;
}

interface Props extends ItemActions {
  item: BundleItem;
  at: ItemAt;
  clipOf: (id: string) => ExportedClip | undefined;
  /** Place in the whole bundle, for the label screen readers read. */
  position: number;
  count: number;
  dragProps: Record<string, unknown>;
  dragging: boolean;
}

/** One item of the composer: the article, its other sites, the editor's note, and moves. */
export function BundleItemCard({ item, at, clipOf, position, count, dragProps, dragging, ...actions }: Props) {
  const t = useMessages(composerMessages);
  const clip = clipOf(item.clipId);
  const title = clip?.title.trim() || item.clipId;
  const day = vietnamDay(clip?.publishedAt);
  const meta = clip ? [clipSite(clip), day && formatDayVi(day), clip.byline].filter(Boolean).join(' · ') : '';
  const copies = item.alsoClipIds.map((id) => ({ id, clip: clipOf(id) }));

  const onKeyDown = (e: KeyboardEvent) => {
    // Only the item itself: in the note, Alt+arrows belong to the text field.
    if (e.target !== e.currentTarget || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    actions.onStep(at, e.key === 'ArrowUp' ? -1 : 1);
  };

  return (
    <li
      class={`bundle-item${dragging ? ' is-dragging' : ''}${clip ? '' : ' is-missing'}`}
      tabIndex={0}
      data-clip-id={item.clipId}
      aria-label={t('item.label', { title, position, count })}
      onKeyDown={onKeyDown}
      {...dragProps}
    >
      <span class="drag-handle" aria-hidden="true">⠿</span>
      <div class="bundle-item-body">
        <h4 class="bundle-item-title">
          {clip ? <a href={clipUrl(clip)} target="_blank" rel="noopener noreferrer" title={t('item.source')}>{title}</a> : title}
        </h4>
        {meta && <p class="muted bundle-item-meta">{meta}</p>}
        {!clip && <p class="warning">{t('item.missing')}</p>}
        {copies.length > 0 && (
          <p class="bundle-item-also">
            <span>{t('item.also-on')}: </span>
            {copies.map(({ id, clip: copy }) => {
              const site = copy ? clipSite(copy) : id;
              return (
                <span key={id} class="chip">
                  {copy ? <a href={clipUrl(copy)} target="_blank" rel="noopener noreferrer">{site}</a> : site}
                  <button type="button" class="chip-action" aria-label={t('item.unfold', { site })} title={t('item.unfold', { site })} onClick={() => actions.onUnfold(at, id)}>✂</button>
                </span>
              );
            })}
          </p>
        )}
        <label class="bundle-item-note">
          <span>{t('item.note')}</span>
          <textarea rows={2} value={item.note} placeholder={t('item.note-hint')} onInput={(e) => actions.onNote(at, e.currentTarget.value)} />
        </label>
      </div>
      <div class="bundle-item-actions">
        <button type="button" aria-label={t('item.up', { title })} title={t('item.up', { title })} onClick={() => actions.onStep(at, -1)}>↑</button>
        <button type="button" aria-label={t('item.down', { title })} title={t('item.down', { title })} onClick={() => actions.onStep(at, 1)}>↓</button>
        <button type="button" class="danger" aria-label={t('item.remove', { title })} title={t('item.remove', { title })} onClick={() => actions.onRemove(at)}>{t('item.remove-short')}</button>
      </div>
    </li>
  );
}
