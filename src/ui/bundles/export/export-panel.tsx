import { downloadFile } from '../../../platform/export/download-file.ts';
import { exportFileName } from '../../../platform/export/export-file-name.ts';
import { bodiesFor, EXPORT_FORMATS, FORMAT_FILE, type ExportFormat } from '../../../platform/export/export-formats.ts';
import type { ExportSource } from '../../../platform/export/render-export.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { errorCode } from '../error-code.ts';
import { exportMessages } from './export-messages.ts';
import { ProgressLine } from './progress-line.tsx';
import { useJob } from './use-job.ts';

interface Props {
  /** The bundle and its clips, read when an export starts (bodies only for `withBodies`); its title and period name the file. */
  load: (bodies: boolean | 'summary') => Promise<ExportSource>;
  heading?: string;
  disabled?: boolean;
}

/** The export buttons: each format renders in slices with a progress bar and "Huỷ", then downloads. */
export function ExportPanel({ load, heading, disabled }: Props) {
  const t = useMessages(exportMessages);
  const lang = useLanguage();
  const job = useJob({ cancelled: t('export.cancelled'), failed: (e) => t('export.failed', { reason: t(errorCode(e)) }) });

  const start = (format: ExportFormat) =>
    job.run(async ({ signal, progress }) => {
      const name = t(`export.${format}`);
      progress({ label: t('export.reading') });
      const source = await load(bodiesFor(format));
      signal.throwIfAborted();
      // Loaded on the first export: the writers of every format stay out of the page's start.
      const { renderExport } = await import('../../../platform/export/render-export.ts');
      const parts = await renderExport(format, source, {
        signal,
        lang,
        onProgress: (done, total) => progress({ label: t('export.running', { format: name, done, total }), done, total }),
      });
      signal.throwIfAborted();
      const file = exportFileName(source.bundle.title, source.bundle.period, format);
      downloadFile(parts, file, FORMAT_FILE[format].type);
      return t('export.done', { file });
    });

  return (
    <section class="export-panel" aria-label={heading ?? t('export.heading')}>
      <h3>{heading ?? t('export.heading')}</h3>
      <div class="export-buttons">
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" disabled={disabled || job.running} onClick={() => start(format)}>
            {t(`export.${format}`)}
          </button>
        ))}
      </div>
      {job.progress && <ProgressLine {...job.progress} onCancel={job.cancel} cancelLabel={t('export.cancel')} />}
      <p class={job.outcome?.kind === 'error' ? 'error' : 'muted'} role="status" aria-live="polite">{job.outcome?.text}</p>
    </section>
  );
}
