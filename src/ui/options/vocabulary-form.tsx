import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/translate.ts';
import type { VocabularyEntry, VocabularyKind } from '../../core/schemas/index.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { errorMessageKey } from '../shared/error-code.ts';
import { describedBy, FormField } from './form-field.tsx';
import { checkDraft, knownBuiltin, type DraftField, type DraftProblem, type ParentChoice, type VocabularyDraft, type VocabularyInput } from './vocabulary-draft.ts';
import { vocabularyMessages } from './vocabulary-messages.ts';

const KINDS: readonly VocabularyKind[] = ['unit', 'campaign', 'place'];

interface Props {
  initial: VocabularyDraft;
  entries: readonly VocabularyEntry[];
  parents: readonly ParentChoice[];
  builtin: readonly VocabularyEntry[];
  onSave: (input: VocabularyInput) => Promise<void>;
  onCancel: () => void;
}

/** Adds or edits one entry: kind, name, other names, parent unit, period, note. Escape cancels. */
export function VocabularyForm({ initial, entries, parents, builtin, onSave, onCancel }: Props) {
  const t = useMessages(vocabularyMessages);
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<DraftField, DraftProblem>>>({});
  const [failure, setFailure] = useState<MessageKey | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const known = useMemo(() => knownBuiltin(draft, builtin), [draft.kind, draft.name, draft.aliases, builtin]);
  const set = (change: Partial<VocabularyDraft>) => setDraft((d) => ({ ...d, ...change }));
  const otherParents = parents.filter((p) => p.id !== draft.id);
  const nameField = useRef<HTMLInputElement>(null);
  // `autofocus` is ignored when the button that opened the form still has focus.
  useEffect(() => nameField.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = checkDraft(draft, { entries, parents });
    setProblems(checked.problems);
    if (!checked.input) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await onSave(checked.input);
    } catch (error) {
      setFailure(errorMessageKey(error));
      setBusy(false);
    }
  };
  const problem = (field: DraftField) => (problems[field] ? t(`vocab.problem-${problems[field]}`) : undefined);

  return (
    <form class="options-form" noValidate onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} aria-labelledby="vocab-form-title">
      <h3 id="vocab-form-title">{t(draft.id ? 'vocab.form-edit' : 'vocab.form-new')}</h3>
      <FormField id="vocab-kind" label={t('vocab.field-kind')}>
        <select id="vocab-kind" value={draft.kind} disabled={Boolean(draft.id)} onChange={(e) => set({ kind: e.currentTarget.value as VocabularyKind })}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`vocab.kind-${k}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="vocab-name" label={t('vocab.field-name')} problem={problem('name')}>
        <input id="vocab-name" ref={nameField} type="text" aria-required="true" value={draft.name} onInput={(e) => set({ name: e.currentTarget.value })} {...describedBy('vocab-name', { problem: Boolean(problems.name) })} />
      </FormField>
      <FormField id="vocab-aliases" label={t('vocab.field-aliases')}>
        <textarea id="vocab-aliases" rows={3} value={draft.aliases} onInput={(e) => set({ aliases: e.currentTarget.value })} />
      </FormField>
      {known && <p class="muted options-hint">{t('vocab.known', { name: known.name })}</p>}
      {draft.kind === 'unit' && (
        <FormField id="vocab-parent" label={t('vocab.field-parent')} hint={t('vocab.field-parent-hint')} problem={problem('parent')}>
          <input
            id="vocab-parent"
            type="text"
            list="vocab-parents"
            value={draft.parent}
            onInput={(e) => set({ parent: e.currentTarget.value })}
            {...describedBy('vocab-parent', { hint: true, problem: Boolean(problems.parent) })}
          />
          <datalist id="vocab-parents">
            {otherParents.map((p) => (
              <option key={p.id} value={p.name} />
            ))}
          </datalist>
        </FormField>
      )}
      <div class="options-period">
        <FormField id="vocab-from" label={t('vocab.field-from')}>
          <input id="vocab-from" type="date" value={draft.validFrom} onInput={(e) => set({ validFrom: e.currentTarget.value })} />
        </FormField>
        <FormField id="vocab-to" label={t('vocab.field-to')} problem={problem('validTo')}>
          <input id="vocab-to" type="date" value={draft.validTo} onInput={(e) => set({ validTo: e.currentTarget.value })} {...describedBy('vocab-to', { problem: Boolean(problems.validTo) })} />
        </FormField>
      </div>
      <FormField id="vocab-note" label={t('vocab.field-note')}>
        <input id="vocab-note" type="text" value={draft.note} onInput={(e) => set({ note: e.currentTarget.value })} />
      </FormField>
      {failure && (
        <p class="error" role="alert">
          {t(failure)}
        </p>
      )}
      <div class="options-row">
        <button type="submit" class="primary" disabled={busy}>
          {t('vocab.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('vocab.cancel')}
        </button>
      </div>
    </form>
  );
}
