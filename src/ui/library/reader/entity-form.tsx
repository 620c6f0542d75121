import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../../../core/schemas/entity.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { libraryMessages } from '../messages.ts';
import { draftOf, readDraft, type DraftField, type EntityDraft } from './entity-draft.ts';
import { EntityValueFields } from './entity-value-fields.tsx';

interface Props {
  /** The text the entity covers, as in the article. */
  text: string;
  initial: EntityDraft;
  submitLabel: string;
  onSubmit: (value: { type: EntityType; value: unknown; role?: string }) => Promise<boolean>;
  onCancel: () => void;
}

/** Correct an entity or add one: its type, then the fields of that type's value. */
export function EntityForm({ text, initial, submitLabel, onSubmit, onCancel }: Props) {
  const t = useMessages(libraryMessages);
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<{ field: DraftField | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const typeSelect = useRef<HTMLSelectElement>(null);
  useEffect(() => typeSelect.current?.focus(), []);

  const changeType = (type: EntityType) => {
    // Keep what carries over between shapes (a name stays a name), start the rest afresh.
    const carried = draftOf(type, undefined);
    setDraft({ ...carried, name: draft.name || text, number: draft.number, approx: draft.approx, role: draft.role });
    setProblem(null);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const read = readDraft(draft);
    if (!read.ok) {
      setProblem({ field: read.field, message: t(`entity.problem.${read.problem}`) });
      return;
    }
    setBusy(true);
    const done = await onSubmit({ type: draft.type, value: read.value, ...(read.role ? { role: read.role } : {}) });
    setBusy(false);
    if (done) onCancel();
  };

  return (
    <form class="entity-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onCancel())} aria-label={t('entity.form.label', { text })}>
      <p class="entity-form-text">“{text}”</p>
      <div class="entity-field">
        <label for={`${id}-type`}>{t('entity.field.type')}</label>
        <select ref={typeSelect} id={`${id}-type`} value={draft.type} onChange={(e) => changeType((e.target as HTMLSelectElement).value as EntityType)}>
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`type.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <EntityValueFields draft={draft} onChange={setDraft} problem={problem} />
      {problem && problem.field === null && <p class="error">{problem.message}</p>}
      <div class="entity-form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
