import type { DifferingEntity } from '../../../core/export/summarize-import-plan.ts';
import { formatClipTime } from '../../../core/i18n/format-clip-time.ts';
import type { ImportPreviewInfo } from '../../../platform/import/import-core.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { importMessages } from './import-messages.ts';

const MAX_ROWS = 50;


/** What an import would do, before anything is written: counts, then the labels that differ. */
export function ImportPreview({ preview, fileName }: { preview: ImportPreviewInfo; fileName: string }) {
  const t = useMessages(importMessages);
  const s = preview.summary;
  const side = (value: DifferingEntity['local']) => (value ? `${value.value} (${t(`import.status.${value.status}`)})` : t('import.none'));
  const rows: [string, number][] = [
    [t('import.new'), s.newClips],
    [t('import.duplicates'), s.duplicates],
    [t('import.updated'), s.updatedClips],
    [t('import.tags'), s.tagsAdded],
    [t('import.notes'), s.notesMerged],
    [t('import.bundle-count'), s.bundles],
    [t('import.vocabulary'), s.vocabulary],
  ];
  const shown = s.differingEntities.slice(0, MAX_ROWS);
  return (
    <div class="import-preview">
      <p>{t('import.from', { name: fileName, when: formatClipTime(preview.exportedAt), count: preview.clipCount })}</p>
      {preview.bundleTitles.length > 0 && <p>{t('import.bundles', { titles: preview.bundleTitles.map((x) => `«${x}»`).join(', ') })}</p>}
      <dl class="import-counts">
        {rows.map(([label, n]) => (
          <div key={label}><dt>{label}</dt><dd>{n}</dd></div>
        ))}
      </dl>
      {s.duplicates > 0 && (
        <p class="muted">{t('import.duplicates-by', { url: s.duplicatesBy.canonicalUrl, fingerprint: s.duplicatesBy.fingerprint, id: s.duplicatesBy.id })}</p>
      )}
      {s.renamedBundles > 0 && <p class="muted">{t('import.renamed', { count: s.renamedBundles })}</p>}
      {s.conflicts > 0 && <p class="warning" role="note">{t('import.conflicts', { count: s.conflicts })}</p>}
      {s.entityDifferences > 0 && (
        <details class="import-entities">
          <summary>{t('import.entities', { count: s.entityDifferences })}</summary>
          <table>
            <thead>
              <tr>{['article', 'text', 'local', 'incoming', 'result'].map((c) => <th key={c} scope="col">{t(`import.col.${c}`)}</th>)}</tr>
            </thead>
            <tbody>
              {shown.map((d, i) => (
                <tr key={i} class={d.resolution === 'conflict' ? 'import-conflict' : undefined}>
                  <td>{d.title}</td>
                  <td>{d.text}</td>
                  <td>{side(d.local)}</td>
                  <td>{side(d.incoming)}</td>
                  <td>{t(`import.resolution.${d.resolution}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {s.differingEntities.length > MAX_ROWS && <p class="muted">{t('import.more', { count: s.differingEntities.length - MAX_ROWS })}</p>}
        </details>
      )}
    </div>
  );
}
