import { useId } from 'preact/hooks';
import { useMessages } from '../i18n/use-messages.ts';
import { BundleList } from './bundle-list.tsx';
import { ImportBackupPanel } from './import-backup-panel.tsx';
import { bundleMessages } from './messages.ts';
import { QueryBundleForm } from './query-bundle-form.tsx';
import { SelectionActions } from './selection-actions.tsx';
import { SelectionExport } from './selection-export.tsx';
import './bundles.css';

/**
 * The library's bundle panel: the bundles with their item counts and links
 * to the composer, what to do with the selected clips (a bundle, exports), a
 * bundle from a query, import of a colleague's bundle and the full backup.
 */
export function BundleSidebar({ selectedClipIds }: { selectedClipIds: string[] }) {
  const t = useMessages(bundleMessages);
  const heading = useId();
  return (
    <aside class="bundle-sidebar" aria-labelledby={heading}>
      <h2 id={heading}>{t('sidebar.heading')}</h2>
      <SelectionActions clipIds={selectedClipIds} />
      {selectedClipIds.length > 0 && <SelectionExport clipIds={selectedClipIds} />}
      <BundleList />
      <QueryBundleForm />
      <ImportBackupPanel />
    </aside>
  );
}
