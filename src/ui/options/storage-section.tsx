import { useEffect, useState } from 'preact/hooks';
import type { StorageEstimateSummary } from '../../platform/db/persistent-storage.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useMessages } from '../i18n/use-messages.ts';
import { formatBytes, formatCount, formatShare } from './format-bytes.ts';
import { optionsMessages } from './messages.ts';
import { OptionsSection } from './options-section.tsx';
import { useOptionsServices } from './options-services.ts';

/**
 * How much the library takes, whether the browser promised to keep it, and
 * what to do when it is full. Persistence is asked for on opening: Firefox
 * shows its prompt only for a page, never for the background.
 */
export function StorageSection() {
  const t = useMessages(optionsMessages);
  const lang = useLanguage();
  const services = useOptionsServices();
  const [estimate, setEstimate] = useState<StorageEstimateSummary | undefined>(undefined);
  const [clips, setClips] = useState<number | undefined>(undefined);
  const [persisted, setPersisted] = useState<boolean | undefined>(undefined);

  const measure = async () => {
    const granted = await services.storage.persist().catch(() => false);
    const [summary, count] = await Promise.all([services.storage.estimate(), services.countClips().catch(() => undefined)]);
    setEstimate(summary);
    setClips(count);
    setPersisted(granted || summary.persisted);
  };
  useEffect(() => {
    void measure();
  }, [services]);

  const used = estimate?.usage ?? null;
  const quota = estimate?.quota ?? null;
  return (
    <OptionsSection id="storage" title={t('storage.title')}>
      {clips !== undefined && <p>{t(clips === 1 ? 'storage.clips-one' : 'storage.clips', { count: formatCount(clips, lang) })}</p>}
      {!estimate ? (
        <p class="muted">{t('storage.loading')}</p>
      ) : used === null ? (
        <p class="muted">{t('storage.unknown')}</p>
      ) : quota ? (
        <>
          <p>{t('storage.used', { used: formatBytes(used, lang), quota: formatBytes(quota, lang), percent: formatShare(used, quota, lang) })}</p>
          <meter class="options-meter" min={0} max={quota} value={used} high={quota * 0.8} optimum={0} aria-label={t('storage.title')} />
        </>
      ) : (
        <p>{t('storage.used-only', { used: formatBytes(used, lang) })}</p>
      )}
      {persisted === true && <p class="options-ok">{t('storage.persisted')}</p>}
      {persisted === false && (
        <div class="options-warning" role="note">
          <p>{t('storage.not-persisted')}</p>
          <button type="button" onClick={() => void measure()}>
            {t('storage.ask-again')}
          </button>
        </div>
      )}
      <h3>{t('storage.full-title')}</h3>
      <ol class="options-steps">
        <li>{t('storage.full-1')}</li>
        <li>{t('storage.full-2')}</li>
        <li>{t('storage.full-3')}</li>
        <li>{t('storage.full-4')}</li>
      </ol>
      <button type="button" onClick={() => services.openLibrary()}>
        {t('storage.open-library')}
      </button>
    </OptionsSection>
  );
}
