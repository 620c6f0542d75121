import { useId, useState } from 'preact/hooks';
import type { ClipQuery } from '../../core/export/select-clips-for-query.ts';
import { vietnamDay } from '../../core/export/vietnam-day.ts';
import type { BundleGrouping } from '../../core/schemas/index.ts';
import { openComposer } from '../../platform/bundles/composer-url.ts';
import { createBundle } from '../../platform/bundles/create-bundle.ts';
import { useBundlesDb } from './bundles-db.tsx';
import { readClipsForQuery } from '../../platform/export/read-clips-for-query.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { errorCode } from './error-code.ts';
import { GroupingSelect } from './grouping-select.tsx';
import { bundleMessages } from './messages.ts';
import { useQuerySuggestions } from './query-suggestions.ts';
import { useBundleDefaults } from './use-bundle-defaults.ts';
import { useQueryPreview } from './use-query-preview.ts';

type DateField = NonNullable<ClipQuery['dateField']>;
type TextField = 'unit' | 'campaign' | 'site' | 'tag' | 'text';

/** The last seven days, Vietnam time: a weekly digest is the common case. */
function lastWeek(): { start: string; end: string } {
  const end = vietnamDay(new Date().toISOString())!;
  const start = new Date(`${end}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - 6);
  return { start: start.toISOString().slice(0, 10), end };
}

/** "Tạo bản tin theo truy vấn": a date range and facets, a live count, then a bundle of what matches. */
export function QueryBundleForm() {
  const t = useMessages(bundleMessages);
  const defaults = useBundleDefaults();
  const db = useBundlesDb();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [period, setPeriod] = useState(lastWeek);
  const [dateField, setDateField] = useState<DateField | null>(null);
  const [fields, setFields] = useState<Record<TextField, string>>({ unit: '', campaign: '', site: '', tag: '', text: '' });
  const [title, setTitle] = useState('');
  const [grouping, setGrouping] = useState<BundleGrouping | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const suggestions = useQuerySuggestions(open);

  const badPeriod = !!(period.start && period.end && period.start > period.end);
  const query: ClipQuery = {
    ...(period.start && period.end ? { period } : {}),
    dateField: dateField ?? defaults.dateField,
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()])),
  };
  const preview = useQueryPreview(badPeriod ? null : query, open);
  const count = preview.state === 'done' ? preview.clips.length : null;

  const create = async (e: Event) => {
    e.preventDefault();
    if (badPeriod) return;
    setBusy(true);
    setError('');
    try {
      // Read again: the library may have changed since the count.
      const clips = await readClipsForQuery(db, query);
      const bundle = await createBundle(db, clips, {
        title: title.trim() || defaults.title,
        ...(query.period ? { period: query.period } : {}),
        grouping: grouping ?? defaults.grouping,
        titles: defaults.titles,
      });
      await openComposer(bundle.id);
    } catch (err) {
      setError(t('failed', { reason: t(errorCode(err)) }));
    } finally {
      setBusy(false);
    }
  };

  const text = (name: TextField, list?: string[]) => (
    <label class="query-field">
      <span>{t(`query.${name}`)}</span>
      <input type="text" value={fields[name]} list={list ? `${id}-${name}` : undefined}
        onInput={(e) => setFields({ ...fields, [name]: e.currentTarget.value })} />
      {list && <datalist id={`${id}-${name}`}>{list.map((v) => <option key={v} value={v} />)}</datalist>}
    </label>
  );

  return (
    <details class="query-bundle" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('query.heading')}</summary>
      <form class="query-form" onSubmit={create}>
        <div class="query-period">
          <label class="query-field"><span>{t('query.from')}</span>
            <input type="date" value={period.start} onInput={(e) => setPeriod({ ...period, start: e.currentTarget.value })} /></label>
          <label class="query-field"><span>{t('query.to')}</span>
            <input type="date" value={period.end} onInput={(e) => setPeriod({ ...period, end: e.currentTarget.value })} /></label>
        </div>
        {badPeriod && <p class="error" role="alert">{t('query.bad-period')}</p>}
        <label class="query-field"><span>{t('query.date-field')}</span>
          <select value={dateField ?? defaults.dateField} onChange={(e) => setDateField(e.currentTarget.value as DateField)}>
            {(['either', 'published', 'clipped'] as const).map((f) => <option key={f} value={f}>{t(`query.date-${f}`)}</option>)}
          </select></label>
        {text('unit', suggestions.unit)}
        {text('campaign', suggestions.campaign)}
        {text('site', suggestions.site)}
        {text('tag', suggestions.tag)}
        {text('text')}
        <p class="muted query-hint">{t('query.text-hint')}</p>
        <label class="query-field"><span>{t('query.title')}</span>
          <input type="text" value={title} placeholder={defaults.title} onInput={(e) => setTitle(e.currentTarget.value)} /></label>
        <GroupingSelect value={grouping ?? defaults.grouping} onChange={setGrouping} />
        <p class="query-count" role="status" aria-live="polite">
          {preview.state === 'counting' && t('query.counting')}
          {count !== null && (count ? t('query.matches', { count }) : t('query.none'))}
          {preview.state === 'failed' && t('failed', { reason: t(errorCode(preview.error)) })}
        </p>
        {error && <p class="error" role="alert">{error}</p>}
        <button type="submit" class="primary" disabled={busy || badPeriod || !count}>
          {busy ? t('working') : count ? `${t('query.create')} (${t('sidebar.items', { count })})` : t('query.create')}
        </button>
      </form>
    </details>
  );
}
