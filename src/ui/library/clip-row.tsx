import { memo } from 'preact/compat';
import { clipSite } from '../../core/export/clip-site.ts';
import type { Clip } from '../../core/schemas/index.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { formatDay } from './format-dates.ts';
import { libraryMessages } from './messages.ts';

interface Props {
  index: number;
  id: string;
  /** Not read yet: a placeholder of the same height. */
  clip: Clip | undefined;
  selected: boolean;
  active: boolean;
  href: string;
  retrying: boolean;
  onToggle: (index: number, shift: boolean) => void;
  onOpen: (id: string) => void;
  onRetry: (id: string) => void;
}

/**
 * One clip in the list: fixed height, so the list can be windowed. Memoised:
 * while scrolling, only rows entering the view render.
 */
export const ClipRow = memo(function ClipRow({ index, id, clip, selected, active, href, retrying, onToggle, onOpen, onRetry }: Props) {
  const t = useMessages(libraryMessages);
  const rowId = `clip-row-${index}`;
  const cls = `clip-row${selected ? ' is-selected' : ''}${active ? ' is-active' : ''}`;
  if (!clip) {
    return (
      <div id={rowId} class={`${cls} is-loading`} aria-busy="true">
        <span class="clip-row-skeleton" aria-label={t('list.row-loading')} />
      </div>
    );
  }
  const title = clip.title || t('list.untitled');
  const published = formatDay(clip.publishedAt);
  const clipped = formatDay(clip.clippedAt);
  return (
    <div id={rowId} class={cls} data-clip-id={id}>
      <input
        type="checkbox"
        class="clip-row-check"
        checked={selected}
        tabIndex={-1}
        aria-label={t('list.select', { title })}
        onClick={(e) => onToggle(index, e.shiftKey)}
      />
      <div class="clip-row-main">
        <a
          class="clip-row-title"
          href={href}
          tabIndex={-1}
          title={title}
          onClick={(e) => {
            // A plain click opens the reader here; with a modifier the browser opens a new tab.
            if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            onOpen(id);
          }}
        >
          {title}
        </a>
        <div class="clip-row-meta">
          <span class="clip-row-site">{clipSite(clip)}</span>
          <span title={t('list.clipped-on', { date: clipped })}>{published || t('list.clipped-on', { date: clipped })}</span>
          {clip.status === 'pending' && <span class="chip status-pending">{t('status.pending')}</span>}
          {clip.status === 'failed' && (
            <span class="chip status-failed" title={t(`error.${clip.error ?? 'unknown'}`)}>
              {t('status.failed')}: {t(`error.${clip.error ?? 'unknown'}`)}
            </span>
          )}
          {clip.warnings.length > 0 && (
            <span class="clip-row-warnings warning" title={clip.warnings.map((w) => t(`warning.${w}`)).join(' · ')}>
              ⚠ {clip.warnings.map((w) => t(`warning.${w}`)).join(' · ')}
            </span>
          )}
        </div>
        {clip.tags.length > 0 && (
          <div class="clip-row-tags" aria-label={t('list.tags')}>
            {clip.tags.map((tag) => (
              <span key={tag} class="chip">
                {tag}
              </span>
            ))}
          </div>
        )}
      </div>
      {clip.status === 'failed' && (
        <button type="button" class="clip-row-retry" disabled={retrying} onClick={() => onRetry(id)} aria-label={t('list.retry', { title })}>
          {retrying ? t('list.retrying') : t('action.retry')}
        </button>
      )}
    </div>
  );
});
