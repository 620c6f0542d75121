import { useEffect } from 'preact/hooks';
import { useMessages } from '../i18n/use-messages.ts';
import { BundleList } from './bundle-list.tsx';
import { composerMessages } from './composer/composer-messages.ts';
import { LIBRARY_PAGE } from './composer/composer-top.tsx';
import { ImportBackupPanel } from './import-backup-panel.tsx';
import { QueryBundleForm } from './query-bundle-form.tsx';

/** bundles.html without a bundle: the list, a bundle from a query, import and backup. */
export function BundlesHome() {
  const t = useMessages(composerMessages);
  useEffect(() => {
    document.title = t('page.title');
  }, [t]);
  return (
    <main class="bundles-home">
      <nav class="composer-nav"><a href={LIBRARY_PAGE}>← {t('nav.library')}</a></nav>
      <h1>{t('home.heading')}</h1>
      <p class="muted">{t('home.intro')}</p>
      <BundleList />
      <QueryBundleForm />
      <ImportBackupPanel />
    </main>
  );
}
