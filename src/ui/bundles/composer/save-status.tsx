import { formatClipTime } from '../../../core/i18n/format-clip-time.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { errorCode } from '../error-code.ts';
import { composerMessages } from './composer-messages.ts';
import type { SaveState } from './use-bundle-editor.ts';

/** "Đã lưu lúc 14:05": what autosave did last. */
export function SaveStatus({ save }: { save: SaveState }) {
  const t = useMessages(composerMessages);
  const text =
    save.state === 'saved' ? t('save.saved', { time: formatClipTime(save.at).split(',')[0] ?? '' })
    : save.state === 'failed' ? t('save.failed', { reason: t(errorCode(save.error)) })
    : save.state === 'invalid' ? t('field.title-required')
    : t(`save.${save.state}`);
  const tone = save.state === 'failed' || save.state === 'invalid' ? 'error' : 'muted';
  return <p class={`save-status ${tone}`} role="status" aria-live="polite">{text}</p>;
}
