import type { BundleGrouping } from '../../core/schemas/index.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { bundleMessages } from './messages.ts';

export const GROUPINGS: readonly BundleGrouping[] = ['campaign', 'unit', 'site', 'manual'];

/** "Nhóm theo": campaign, unit, site, or the editor's own order. */
export function GroupingSelect({ value, onChange }: { value: BundleGrouping; onChange: (grouping: BundleGrouping) => void }) {
  const t = useMessages(bundleMessages);
  return (
    <label class="query-field">
      <span>{t('grouping.label')}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as BundleGrouping)}>
        {GROUPINGS.map((g) => <option key={g} value={g}>{t(`grouping.${g}`)}</option>)}
      </select>
    </label>
  );
}
