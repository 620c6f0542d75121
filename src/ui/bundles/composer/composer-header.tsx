import { useId, useState } from 'preact/hooks';
import type { Bundle, BundleGrouping, Period } from '../../../core/schemas/index.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { GroupingSelect } from '../grouping-select.tsx';
import { composerMessages } from './composer-messages.ts';

interface Props {
  bundle: Bundle;
  onChange: (change: Partial<Pick<Bundle, 'title' | 'intro'>> & { period?: Period | null }) => void;
  onRegroup: (grouping: BundleGrouping) => void;
}

/** Title, period and introduction of the digest, and how its items are grouped. */
export function ComposerHeader({ bundle, onChange, onRegroup }: Props) {
  const t = useMessages(composerMessages);
  const id = useId();
  // The period is only stored whole and in order; a half-typed one waits here.
  const [draft, setDraft] = useState({ start: bundle.period?.start ?? '', end: bundle.period?.end ?? '' });
  const badPeriod = !!draft.start && !!draft.end && draft.start > draft.end;
  const setDay = (field: 'start' | 'end', value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (!next.start && !next.end) onChange({ period: null });
    else if (next.start && next.end && next.start <= next.end) onChange({ period: next });
  };
  return (
    <div class="composer-header">
      <label class="composer-field composer-title">
        <span>{t('field.title')}</span>
        <input type="text" value={bundle.title} required aria-invalid={!bundle.title.trim()} aria-describedby={`${id}-title`}
          onInput={(e) => onChange({ title: e.currentTarget.value })} />
      </label>
      {!bundle.title.trim() && <p id={`${id}-title`} class="error" role="alert">{t('field.title-required')}</p>}
      <div class="composer-row">
        <label class="composer-field"><span>{t('field.period-start')}</span>
          <input type="date" value={draft.start} onInput={(e) => setDay('start', e.currentTarget.value)} /></label>
        <label class="composer-field"><span>{t('field.period-end')}</span>
          <input type="date" value={draft.end} onInput={(e) => setDay('end', e.currentTarget.value)} /></label>
        <GroupingSelect value={bundle.grouping} onChange={onRegroup} />
      </div>
      {badPeriod && <p class="error" role="alert">{t('field.bad-period')}</p>}
      <label class="composer-field">
        <span>{t('field.intro')}</span>
        <textarea rows={3} value={bundle.intro} placeholder={t('field.intro-hint')} onInput={(e) => onChange({ intro: e.currentTarget.value })} />
      </label>
    </div>
  );
}
