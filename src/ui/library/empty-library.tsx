import { useMessages } from '../i18n/use-messages.ts';
import { libraryMessages } from './messages.ts';

/** The first visit: no clip yet, so say how to make one. */
export function EmptyLibrary() {
  const t = useMessages(libraryMessages);
  return (
    <section class="empty-state" aria-labelledby="empty-library-title">
      <h2 id="empty-library-title">{t('empty.title')}</h2>
      <p>{t('empty.intro')}</p>
      <ol>
        <li>{t('empty.step-open')}</li>
        <li>
          {t('empty.step-clip-before')} <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd> {t('empty.step-clip-after')}
        </li>
        <li>{t('empty.step-selection')}</li>
      </ol>
      <p class="muted">{t('empty.where')}</p>
    </section>
  );
}

/** Clips exist, but none matches the words and filters. */
export function NoResults({ onClear }: { onClear: () => void }) {
  const t = useMessages(libraryMessages);
  return (
    <section class="empty-state" role="status">
      <h2>{t('results.none')}</h2>
      <p>{t('results.none-hint')}</p>
      <button type="button" onClick={onClear}>
        {t('filters.clear-all')}
      </button>
    </section>
  );
}
