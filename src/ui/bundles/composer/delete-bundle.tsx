import { useState } from 'preact/hooks';
import type { Bundle } from '../../../core/schemas/index.ts';
import { composerHref } from '../../../platform/bundles/composer-url.ts';
import { deleteBundle, saveBundle } from '../../../platform/db/bundles-repository.ts';
import { useBundlesDb } from '../bundles-db.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { errorCode } from '../error-code.ts';
import { bundleMessages } from '../messages.ts';
import { composerMessages } from './composer-messages.ts';

/** "Xoá bản tin", pressed twice. Autosave stops first, so no pending edit brings the bundle back. */
export function DeleteBundle({ bundle, stopSaving, onDeleted }: { bundle: Bundle; stopSaving: () => void; onDeleted: (bundle: Bundle) => void }) {
  const t = useMessages(composerMessages);
  const tb = useMessages(bundleMessages);
  const db = useBundlesDb();
  const [armed, setArmed] = useState(false);
  const [error, setError] = useState('');
  const remove = async () => {
    setError('');
    stopSaving();
    try {
      // What is on screen is what an undo brings back, edits not yet saved included.
      await deleteBundle(db, bundle.id);
      onDeleted(bundle);
    } catch (e) {
      setError(tb('failed', { reason: tb(errorCode(e)) }));
    }
  };
  return (
    <div class="delete-bundle">
      <button type="button" class="danger" onBlur={() => setArmed(false)} onClick={() => (armed ? void remove() : setArmed(true))}>
        {armed ? t('delete-confirm') : t('delete')}
      </button>
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}

/** After a deletion: say so, offer the undo, and the way back to the list. */
export function DeletedNotice({ bundle, onRestored }: { bundle: Bundle; onRestored: () => void }) {
  const t = useMessages(composerMessages);
  const tb = useMessages(bundleMessages);
  const db = useBundlesDb();
  const [error, setError] = useState('');
  const undo = async () => {
    try {
      await saveBundle(db, bundle);
      onRestored();
    } catch (e) {
      setError(tb('failed', { reason: tb(errorCode(e)) }));
    }
  };
  return (
    <div class="composer-toast" role="status">
      {t('deleted', { title: bundle.title })}
      <button type="button" onClick={undo}>{t('undo')}</button>
      <a href={composerHref()}>{t('nav.bundles')}</a>
      {error && <span class="error">{error}</span>}
    </div>
  );
}
