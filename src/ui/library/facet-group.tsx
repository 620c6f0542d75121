import { useId, useState } from 'preact/hooks';
import type { FacetValueCount } from '../../platform/db/clips-repository.ts';
import { foldText } from '../../core/text/fold.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useMessages } from '../i18n/use-messages.ts';
import { facetValueLabel } from './facet-labels.ts';
import type { FacetName } from './library-view.ts';
import { libraryMessages } from './messages.ts';

const SHOWN = 8;
const FILTERABLE = 12;
const collator = new Intl.Collator('vi');

interface Props {
  facet: FacetName;
  values: readonly FacetValueCount[];
  selected: readonly string[];
  onToggle: (facet: FacetName, value: string) => void;
  initiallyOpen: boolean;
}

/** One facet: its values with counts (most used first, or A–Z in Vietnamese order), ticked ones on top. */
export function FacetGroup({ facet, values, selected, onToggle, initiallyOpen }: Props) {
  const t = useMessages(libraryMessages);
  const lang = useLanguage();
  const id = useId();
  const [open, setOpen] = useState(initiallyOpen);
  const [all, setAll] = useState(false);
  const [alpha, setAlpha] = useState(false);
  const [filter, setFilter] = useState('');

  const label = (v: string) => facetValueLabel(facet, v, t);
  // A ticked value the counts no longer hold (no clip in the current results) still shows, to be unticked.
  const present = new Set(values.map((v) => v.value));
  let list = [...selected.filter((v) => !present.has(v)).map((value) => ({ value, count: 0 })), ...values];
  if (alpha && facet !== 'month') list = list.slice().sort((a, b) => collator.compare(label(a.value), label(b.value)));
  const picked = new Set(selected);
  list = [...list.filter((v) => picked.has(v.value)), ...list.filter((v) => !picked.has(v.value))];
  const folded = foldText(filter.trim());
  if (folded) list = list.filter((v) => foldText(label(v.value)).includes(folded));
  const visible = all || folded ? list : list.slice(0, Math.max(SHOWN, selected.length));
  const number = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB');

  return (
    <section class="facet-group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} class="facet-heading">
        <button type="button" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          <span class="facet-caret" aria-hidden="true">{open ? '▾' : '▸'}</span>
          {t(`facet.${facet}`)}
          {selected.length > 0 && <span class="facet-picked">{selected.length}</span>}
        </button>
      </h3>
      <div id={`${id}-body`} hidden={!open}>
        {values.length > FILTERABLE && (
          <div class="facet-tools">
            <input type="search" value={filter} placeholder={t('facet.filter')} aria-label={t('facet.filter-label', { facet: t(`facet.${facet}`) })} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
            {facet !== 'month' && (
              <button type="button" class="link-button" aria-pressed={alpha} onClick={() => setAlpha(!alpha)}>
                {alpha ? t('facet.sort-count') : t('facet.sort-alpha')}
              </button>
            )}
          </div>
        )}
        <ul class="facet-values">
          {visible.map((v) => (
            <li key={v.value}>
              <button type="button" class="facet-value" aria-pressed={picked.has(v.value)} onClick={() => onToggle(facet, v.value)}>
                <span class="facet-check" aria-hidden="true">{picked.has(v.value) ? '✓' : ''}</span>
                <span class="facet-label">{label(v.value)}</span>
                <span class="facet-count" aria-label={t('facet.count', { count: v.count })}>{number.format(v.count)}</span>
              </button>
            </li>
          ))}
        </ul>
        {!folded && list.length > visible.length && (
          <button type="button" class="link-button" onClick={() => setAll(true)}>
            {t('facet.more', { count: list.length - visible.length })}
          </button>
        )}
        {all && !folded && list.length > SHOWN && (
          <button type="button" class="link-button" onClick={() => setAll(false)}>
            {t('facet.less')}
          </button>
        )}
      </div>
    </section>
  );
}
