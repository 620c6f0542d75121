import { clipSite } from '../../core/export/clip-site.ts';
import { formatClipTime } from '../../core/i18n/format-clip-time.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { popupMessages } from './messages.ts';
import type { ClipView } from './popup-data.ts';

/** "14:05, 18/11/2026", or the day alone when the page gave no time (midnight in Hà Nội). */
function publishedLabel(iso: string): string {
  const full = formatClipTime(iso);
  return full.startsWith('00:00, ') ? full.slice(7) : full;
}

/** Title, site, date, what to check, and where else the story stands. */
export function ClipSummary({ view, onOpen }: { view: ClipView; onOpen: (clipId: string) => void }) {
  const t = useMessages(popupMessages);
  const { clip, sameStoryAs } = view;
  const site = clipSite(clip);
  const published = clip.publishedAt ? publishedLabel(clip.publishedAt) : '';
  const alsoOn = (clip.alsoOn ?? []).map((a) => a.siteName || clipSite({ siteName: null, url: a.url, canonicalUrl: a.url }));
  return (
    <header class="popup-summary">
      <h2 class="popup-title">{clip.title}</h2>
      <p class="popup-meta muted">
        {[site, published && t('popup.published', { date: published })].filter(Boolean).join(' · ')}
      </p>
      {(clip.warnings.length > 0 || clip.selectionOnly) && (
        <ul class="popup-warnings" aria-label={t('popup.to-check')}>
          {clip.selectionOnly && <li class="chip">{t('clip.selection-only')}</li>}
          {clip.warnings.map((w) => (
            <li key={w} class="chip warning">
              {t(`warning.${w}`)}
            </li>
          ))}
        </ul>
      )}
      {sameStoryAs && (
        <p class="popup-story">
          <button type="button" class="popup-link" title={sameStoryAs.title} onClick={() => onOpen(sameStoryAs.clipId)}>
            {t('clip.same-story', { site: sameStoryAs.siteName || clipSite({ siteName: null, url: sameStoryAs.url, canonicalUrl: sameStoryAs.url }) })}
          </button>
        </p>
      )}
      {alsoOn.length > 0 && <p class="popup-story muted">{t('clip.also-on', { sites: [...new Set(alsoOn)].join(', ') })}</p>}
      <button type="button" class="popup-link" onClick={() => onOpen(clip.id)}>
        {t('popup.open-clip')}
      </button>
    </header>
  );
}
