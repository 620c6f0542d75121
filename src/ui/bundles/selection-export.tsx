import { selectClipsForQuery } from '../../core/export/select-clips-for-query.ts';
import { bundleOfClips, periodOfClips } from '../../platform/bundles/create-bundle.ts';
import { useBundlesDb } from './bundles-db.tsx';
import { readExportedClips } from '../../platform/export/read-exported-clips.ts';
import type { ExportSource } from '../../platform/export/render-export.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { ExportPanel } from './export/export-panel.tsx';
import { bundleMessages } from './messages.ts';
import { useBundleDefaults } from './use-bundle-defaults.ts';

/**
 * Exports of the library's selection without making a bundle first: the
 * clips, oldest first, grouped as a new bundle would be. The JSON file then
 * carries the clips alone, since no bundle was saved.
 */
export function SelectionExport({ clipIds }: { clipIds: string[] }) {
  const t = useMessages(bundleMessages);
  const defaults = useBundleDefaults();
  const db = useBundlesDb();
  const title = t('sidebar.selection-title');
  const load = async (bodies: boolean | 'summary'): Promise<ExportSource> => {
    const clips = selectClipsForQuery(await readExportedClips(db, clipIds, { bodies }), {});
    const now = new Date().toISOString();
    const period = periodOfClips(clips);
    const bundle = bundleOfClips(clips, { ...defaults, id: 'selection', title, now, ...(period ? { period } : {}) });
    return { bundle, clips, bundleInFile: false };
  };
  return (
    <details class="selection-export">
      <summary>{t('sidebar.export-selection')}</summary>
      <ExportPanel load={load} heading={t('sidebar.export-selection')} disabled={clipIds.length === 0} />
    </details>
  );
}
