import { composerHref } from '../../platform/bundles/composer-url.ts';
import { itemCount } from '../../platform/bundles/bundle-edits.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { formatPeriod } from './format-period.ts';
import { bundleMessages } from './messages.ts';
import { useBundles } from './use-bundles.ts';

/** The user's bundles, most recently changed first, each a link to its composer. */
export function BundleList({ newTab = false }: { newTab?: boolean }) {
  const t = useMessages(bundleMessages);
  const bundles = useBundles();
  if (bundles === null) return null;
  if (bundles.length === 0) return <p class="muted bundle-list-empty">{t('sidebar.empty')}</p>;
  return (
    <ul class="bundle-list">
      {bundles.map((b) => (
        <li key={b.id}>
          <a href={composerHref(b.id)} title={t('sidebar.open', { title: b.title })} {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}>
            {b.title}
          </a>
          <span class="muted">{[b.period && formatPeriod(b.period), t('sidebar.items', { count: itemCount(b) })].filter(Boolean).join(' · ')}</span>
        </li>
      ))}
    </ul>
  );
}
