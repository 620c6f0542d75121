import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BundleGrouping } from '../../core/schemas/index.ts';
import type { SectionTitles } from '../../platform/bundles/bundle-edits.ts';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../../platform/settings/settings.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { bundleMessages } from './messages.ts';

export interface BundleDefaults {
  grouping: BundleGrouping;
  dateField: Settings['digestDateField'];
  titles: SectionTitles;
  /** The title of a bundle the user has not named yet. */
  title: string;
}

/** What a new bundle starts with: the user's settings and section titles in the UI language. */
export function useBundleDefaults(): BundleDefaults {
  const t = useMessages(bundleMessages);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let alive = true;
    loadSettings().then((s) => alive && setSettings(s), () => undefined);
    return () => {
      alive = false;
    };
  }, []);
  const other = t('section.other');
  const title = t('bundle.default-title');
  return useMemo(
    () => ({ grouping: settings.digestGrouping, dateField: settings.digestDateField, titles: { other, manual: '' }, title }),
    [settings, other, title],
  );
}
