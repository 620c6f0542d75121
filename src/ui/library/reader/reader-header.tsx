import { clipSite, clipUrl } from '../../../core/export/clip-site.ts';
import { formatClipTime } from '../../../core/i18n/format-clip-time.ts';
import type { Clip } from '../../../core/schemas/index.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { formatDay } from '../format-dates.ts';
import { libraryMessages } from '../messages.ts';

interface Props {
  clip: Clip;
  hrefFor: (clipId: string) => string;
  retagging: boolean;
  retrying: boolean;
  onRetag: () => void;
  onRetry: () => void;
}

const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

/** Title, where and when the clip is from, its state and warnings, and the clip-wide actions. */
export function ReaderHeader({ clip, hrefFor, retagging, retrying, onRetag, onRetry }: Props) {
  const t = useMessages(libraryMessages);
  const url = clipUrl(clip);
  const published = formatDay(clip.publishedAt);
  return (
    <header class="reader-header">
      <h2 class="reader-title" tabIndex={-1}>
        {clip.title || t('list.untitled')}
      </h2>
      <p class="reader-meta muted">
        <span>{clipSite(clip)}</span>
        {clip.byline && <span>{clip.byline}</span>}
        <span>{published ? t('reader.published', { date: published }) : t('warning.no-date')}</span>
        <span>{t('reader.clipped', { when: formatClipTime(clip.clippedAt) })}</span>
        {isWebAddress(url) && (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {t('reader.open-original')} ↗
          </a>
        )}
      </p>
      {clip.status === 'failed' && (
        <div class="reader-problem" role="alert">
          <span>{t(`error.${clip.error ?? 'unknown'}`)}</span>
          <button type="button" disabled={retrying} onClick={onRetry}>
            {retrying ? t('list.retrying') : t('action.retry')}
          </button>
        </div>
      )}
      {clip.status === 'pending' && <p class="reader-problem muted">{t('reader.pending')}</p>}
      {clip.warnings.length > 0 && (
        <ul class="reader-warnings warning" aria-label={t('reader.warnings')}>
          {clip.warnings.map((w) => (
            <li key={w}>⚠ {t(`warning.${w}`)}</li>
          ))}
        </ul>
      )}
      {(clip.storyOf || (clip.alsoOn?.length ?? 0) > 0) && (
        <p class="reader-story muted">
          {clip.storyOf && (
            <a href={hrefFor(clip.storyOf)}>{t('reader.story-of')}</a>
          )}
          {(clip.alsoOn?.length ?? 0) > 0 && (
            <span>
              {t('reader.also-on')}{' '}
              {clip.alsoOn!.map((a, i) => (
                <span key={a.clipId}>
                  {i > 0 && ', '}
                  <a href={hrefFor(a.clipId)}>{a.siteName || a.url}</a>
                </span>
              ))}
            </span>
          )}
        </p>
      )}
      {clip.status === 'ready' && (
        <div class="reader-actions">
          <button type="button" disabled={retagging} onClick={onRetag} title={t('reader.retag-hint')}>
            {retagging ? t('reader.retagging') : t('reader.retag')}
          </button>
        </div>
      )}
    </header>
  );
}
