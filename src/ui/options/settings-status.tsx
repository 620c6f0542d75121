import { useMessages } from '../i18n/use-messages.ts';
import { optionsMessages } from './messages.ts';
import type { SettingsSave } from './use-settings.ts';

/** "Đã lưu", or why a setting was not saved. */
export function SettingsStatus({ status }: { status: SettingsSave }) {
  const t = useMessages(optionsMessages);
  if (status.kind === 'idle') return null;
  return status.kind === 'saved' ? (
    <p class="options-status muted" role="status">
      {t('options.saved')}
    </p>
  ) : (
    <p class="options-status error" role="alert">
      {t('options.save-failed', { reason: t(status.error) })}
    </p>
  );
}
