import { useId } from 'preact/hooks';
import { ApproxSchema, CurrencySchema } from '../../../core/schemas/entity.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { libraryMessages } from '../messages.ts';
import { NAMED_TYPES, type DraftField, type EntityDraft } from './entity-draft.ts';

interface Props {
  draft: EntityDraft;
  onChange: (draft: EntityDraft) => void;
  /** The field to point at, with its message. */
  problem: { field: DraftField | null; message: string } | null;
}

/** The fields of one value shape (entities.md): a name, an amount with its currency, a date range… */
export function EntityValueFields({ draft, onChange, problem }: Props) {
  const t = useMessages(libraryMessages);
  const id = useId();
  const set = (change: Partial<EntityDraft>) => onChange({ ...draft, ...change });
  const field = (name: DraftField, label: string, hint?: string) => {
    const wrong = problem?.field === name;
    return (
      <div class="entity-field">
        <label for={`${id}-${name}`}>{label}</label>
        <input
          id={`${id}-${name}`}
          type="text"
          value={draft[name]}
          aria-invalid={wrong}
          aria-describedby={wrong ? `${id}-problem` : hint ? `${id}-${name}-hint` : undefined}
          onInput={(e) => set({ [name]: (e.target as HTMLInputElement).value })}
        />
        {hint && (
          <small id={`${id}-${name}-hint`} class="muted">
            {hint}
          </small>
        )}
        {wrong && (
          <small id={`${id}-problem`} class="error">
            {problem.message}
          </small>
        )}
      </div>
    );
  };
  const approx = (
    <div class="entity-field">
      <label for={`${id}-approx`}>{t('entity.field.approx')}</label>
      <select id={`${id}-approx`} value={draft.approx} onChange={(e) => set({ approx: (e.target as HTMLSelectElement).value as EntityDraft['approx'] })}>
        <option value="">{t('entity.approx.exact')}</option>
        {ApproxSchema.options.map((a) => (
          <option key={a} value={a}>
            {t(`approx.${a}`)}
          </option>
        ))}
      </select>
    </div>
  );

  if (NAMED_TYPES.includes(draft.type)) {
    return (
      <>
        {field('name', t(`entity.field.name.${draft.type}`))}
        {draft.type === 'person' && (
          <div class="entity-field">
            <label for={`${id}-role`}>{t('entity.field.role')}</label>
            <input id={`${id}-role`} type="text" value={draft.role} onInput={(e) => set({ role: (e.target as HTMLInputElement).value })} />
          </div>
        )}
      </>
    );
  }
  if (draft.type === 'date') {
    return (
      <>
        {field('start', t('entity.field.start'), t('entity.field.date-hint'))}
        {field('end', t('entity.field.end'), t('entity.field.end-hint'))}
      </>
    );
  }
  if (draft.type === 'percent') return field('number', t('entity.field.percent'), t('entity.field.number-hint'));
  return (
    <>
      {field('number', t(draft.type === 'amount' ? 'entity.field.amount' : 'entity.field.quantity'), t('entity.field.number-hint'))}
      {draft.type === 'amount' ? (
        <div class="entity-field">
          <label for={`${id}-currency`}>{t('entity.field.currency')}</label>
          <select id={`${id}-currency`} value={draft.currency} onChange={(e) => set({ currency: (e.target as HTMLSelectElement).value as EntityDraft['currency'] })}>
            {CurrencySchema.options.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      ) : (
        field('unit', t('entity.field.unit'), t('entity.field.unit-hint'))
      )}
      {approx}
    </>
  );
}
