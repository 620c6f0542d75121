import type { VocabularyEntry } from '../../core/schemas/index.ts';
import { formatDayVi } from '../../core/export/vietnam-day.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { vocabularyMessages } from './vocabulary-messages.ts';

interface Props {
  entries: readonly VocabularyEntry[];
  parentName: (id: string) => string | undefined;
  onEdit: (entry: VocabularyEntry) => void;
  onDelete: (entry: VocabularyEntry) => void;
}

/** The user's entries: name with other names, kind, parent, period, and what can be done with each. */
export function VocabularyTable({ entries, parentName, onEdit, onDelete }: Props) {
  const t = useMessages(vocabularyMessages);
  const period = (e: VocabularyEntry) =>
    [e.validFrom && t('vocab.period-from', { date: formatDayVi(e.validFrom) }), e.validTo && t('vocab.period-to', { date: formatDayVi(e.validTo) })]
      .filter(Boolean)
      .join(' ');
  return (
    <table class="options-table">
      <thead>
        <tr>
          <th scope="col">{t('vocab.col-name')}</th>
          <th scope="col">{t('vocab.col-kind')}</th>
          <th scope="col">{t('vocab.col-parent')}</th>
          <th scope="col">{t('vocab.col-period')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('vocab.col-actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <th scope="row">
              <span class="options-entry-name">{e.name}</span>
              {e.aliases.length > 0 && <span class="muted options-aliases">{e.aliases.join(' · ')}</span>}
              {e.note && <span class="muted options-aliases">{e.note}</span>}
            </th>
            <td>
              <span class={`chip family-${e.kind === 'place' ? 'other' : e.kind}`}>{t(`vocab.kind-${e.kind}`)}</span>
            </td>
            <td>{e.parent ? (parentName(e.parent) ?? t('vocab.parent-missing')) : ''}</td>
            <td>{period(e)}</td>
            <td class="options-actions">
              <button type="button" aria-label={t('vocab.edit-label', { name: e.name })} onClick={() => onEdit(e)}>
                {t('vocab.edit')}
              </button>
              <button type="button" class="danger" aria-label={t('vocab.delete-label', { name: e.name })} onClick={() => onDelete(e)}>
                {t('vocab.delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
