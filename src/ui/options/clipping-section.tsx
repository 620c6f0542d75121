import type { BundleGrouping } from '../../core/schemas/index.ts';
import type { Settings } from '../../platform/settings/settings.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { FormField } from './form-field.tsx';
import { optionsMessages } from './messages.ts';
import { OptionsSection } from './options-section.tsx';
import { SettingsStatus } from './settings-status.tsx';
import { useSettings } from './use-settings.ts';

const GROUPINGS: readonly BundleGrouping[] = ['campaign', 'unit', 'site', 'manual'];
const DATE_FIELDS: readonly Settings['digestDateField'][] = ['either', 'published', 'clipped'];

/** The popup's review after a clip, and how new digests group and pick their articles. */
export function ClippingSection() {
  const t = useMessages(optionsMessages);
  const { settings, save, status } = useSettings();
  return (
    <OptionsSection id="clipping" title={t('clipping.title')}>
      <fieldset class="options-fields" disabled={!settings}>
        <legend class="visually-hidden">{t('clipping.title')}</legend>
        <label class="options-check">
          <input type="checkbox" checked={settings?.reviewAfterClip ?? true} onChange={(e) => save({ reviewAfterClip: e.currentTarget.checked })} />
          {t('clipping.review')}
        </label>
        <FormField id="digest-grouping" label={t('clipping.grouping')}>
          <select id="digest-grouping" value={settings?.digestGrouping} onChange={(e) => save({ digestGrouping: e.currentTarget.value as BundleGrouping })}>
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {t(`grouping.${g}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="digest-date-field" label={t('clipping.date-field')}>
          <select id="digest-date-field" value={settings?.digestDateField} onChange={(e) => save({ digestDateField: e.currentTarget.value as Settings['digestDateField'] })}>
            {DATE_FIELDS.map((f) => (
              <option key={f} value={f}>
                {t(`date-field.${f}`)}
              </option>
            ))}
          </select>
        </FormField>
      </fieldset>
      <SettingsStatus status={status} />
    </OptionsSection>
  );
}
