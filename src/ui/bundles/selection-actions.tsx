import { useState } from 'preact/hooks';
import { openComposer } from '../../platform/bundles/composer-url.ts';
import { createBundleFromClipIds } from '../../platform/bundles/create-bundle.ts';
import { useBundlesDb } from './bundles-db.tsx';
import { useMessages } from '../i18n/use-messages.ts';
import { AddToBundleMenu } from './add-to-bundle-menu.tsx';
import { errorCode } from './error-code.ts';
import { bundleMessages } from './messages.ts';
import { useBundleDefaults } from './use-bundle-defaults.ts';

/** What to do with the library's selection: a new bundle, add to one. */
export function SelectionActions({ clipIds }: { clipIds: string[] }) {
  const t = useMessages(bundleMessages);
  const defaults = useBundleDefaults();
  const db = useBundlesDb();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  if (clipIds.length === 0) return <p class="muted">{t('sidebar.no-selection')}</p>;

  const create = async () => {
    setBusy(true);
    setStatus('');
    try {
      const bundle = await createBundleFromClipIds(db, clipIds, defaults);
      await openComposer(bundle.id);
    } catch (error) {
      setStatus(t('failed', { reason: t(errorCode(error)) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="selection-actions">
      <p>{t('sidebar.selection', { count: clipIds.length })}</p>
      <button type="button" class="primary" disabled={busy} onClick={create}>
        {busy ? t('working') : t('sidebar.create-from-selection')}
      </button>
      <AddToBundleMenu clipIds={clipIds} label={t('sidebar.add-to-bundle')} onDone={setStatus} />
      <p class="muted" role="status" aria-live="polite">{status}</p>
    </div>
  );
}
