import { vietnamDay } from '../../../core/export/vietnam-day.ts';
import { useBundlesDb } from '../bundles-db.tsx';
import { downloadFile } from '../../../platform/export/download-file.ts';
import { backupFileName } from '../../../platform/export/export-file-name.ts';
import { FORMAT_FILE } from '../../../platform/export/export-formats.ts';
import { readBackupFile } from '../../../platform/export/read-backup.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { errorCode } from '../error-code.ts';
import { exportMessages } from './export-messages.ts';
import { ProgressLine } from './progress-line.tsx';
import { useJob } from './use-job.ts';

/** "Sao lưu toàn bộ": every clip, bundle and vocabulary entry in one file that "Khôi phục" reads back. */
export function BackupButton() {
  const t = useMessages(exportMessages);
  const db = useBundlesDb();
  const job = useJob({ cancelled: t('export.cancelled'), failed: (e) => t('export.failed', { reason: t(errorCode(e)) }) });
  const run = () =>
    job.run(async ({ signal, progress }) => {
      progress({ label: t('backup.reading') });
      const now = new Date().toISOString();
      const file = await readBackupFile(db, now);
      signal.throwIfAborted();
      // Loaded on the first backup, like the export panel: no exporter in the page's start.
      const { renderBackup } = await import('../../../platform/export/render-export.ts');
      const parts = await renderBackup(file, {
        signal,
        onProgress: (done, total) => progress({ label: t('backup.running', { done, total }), done, total }),
      });
      const name = backupFileName(vietnamDay(now)!);
      downloadFile(parts, name, FORMAT_FILE.json.type);
      return t('backup.done', { count: file.clips.length, file: name });
    });
  return (
    <div class="backup">
      <button type="button" disabled={job.running} onClick={run} title={t('backup.hint')}>{t('backup.run')}</button>
      {job.progress && <ProgressLine {...job.progress} onCancel={job.cancel} cancelLabel={t('export.cancel')} />}
      <p class={job.outcome?.kind === 'error' ? 'error' : 'muted'} role="status" aria-live="polite">{job.outcome?.text}</p>
    </div>
  );
}
