import { useMessages } from '../i18n/use-messages.ts';
import { BackupButton } from './export/backup-button.tsx';
import { exportMessages } from './export/export-messages.ts';
import { ImportButton } from './import/import-button.tsx';
import { importMessages } from './import/import-messages.ts';

/** Sharing and safety: import a colleague's bundle or restore a backup, back up everything. */
export function ImportBackupPanel() {
  const t = useMessages(importMessages);
  const te = useMessages(exportMessages);
  return (
    <section class="import-backup" aria-label={t('import.open')}>
      <h3>{t('import.open')}</h3>
      <div class="import-backup-buttons">
        <ImportButton label={`${t('import.heading-bundle')}…`} />
        <ImportButton label={`${t('import.apply-backup')}…`} />
        <BackupButton />
      </div>
      <p class="muted">{te('backup.hint')}</p>
    </section>
  );
}
