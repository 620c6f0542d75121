import { useCallback, useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/translate.ts';
import type { Settings } from '../../platform/settings/settings.ts';
import { errorMessageKey } from '../shared/error-code.ts';
import { useOptionsServices } from './options-services.ts';

export type SettingsSave = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; error: MessageKey };

/**
 * The settings as stored (undefined while loading), kept current when another
 * page changes them, and a save that says how it went.
 */
export function useSettings(): { settings: Settings | undefined; save: (change: Partial<Settings>) => void; status: SettingsSave } {
  const services = useOptionsServices();
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [status, setStatus] = useState<SettingsSave>({ kind: 'idle' });
  useEffect(() => {
    let alive = true;
    const stop = services.settings.watch((s) => alive && setSettings(s));
    void services.settings.load().then((s) => alive && setSettings((current) => current ?? s));
    return () => {
      alive = false;
      stop();
    };
  }, [services]);
  const save = useCallback(
    (change: Partial<Settings>) => {
      setSettings((current) => current && { ...current, ...change });
      services.settings.save(change).then(
        (stored) => {
          setSettings(stored);
          setStatus({ kind: 'saved' });
        },
        (error: unknown) => setStatus({ kind: 'failed', error: errorMessageKey(error) }),
      );
    },
    [services],
  );
  return { settings, save, status };
}
