import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/translate.ts';
import type { VocabularyEntry, VocabularyKind } from '../../core/schemas/index.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { errorMessageKey } from '../shared/error-code.ts';
import { OptionsSection } from './options-section.tsx';
import { useOptionsServices } from './options-services.ts';
import { RetagLibrary } from './retag-library.tsx';
import { draftOf, emptyDraft, parentChoices, type VocabularyDraft, type VocabularyInput } from './vocabulary-draft.ts';
import { VocabularyForm } from './vocabulary-form.tsx';
import { vocabularyMessages } from './vocabulary-messages.ts';
import { VocabularyTable } from './vocabulary-table.tsx';

const KINDS: readonly VocabularyKind[] = ['unit', 'campaign', 'place'];

/** Kept as a key, not a sentence, so it follows a change of language. */
type Notice = { key: 'vocab.saved-entry' | 'vocab.deleted'; name: string; undo?: VocabularyEntry } | { error: MessageKey };

/** The user's units, campaigns and places on top of the built-in list, and re-tagging the library with them. */
export function VocabularySection() {
  const t = useMessages(vocabularyMessages);
  const services = useOptionsServices();
  const [entries, setEntries] = useState<VocabularyEntry[] | undefined>(undefined);
  const [builtin, setBuiltin] = useState<readonly VocabularyEntry[]>([]);
  const [filter, setFilter] = useState<VocabularyKind | 'all'>('all');
  const [editing, setEditing] = useState<VocabularyDraft | null>(null);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [changed, setChanged] = useState(false);

  const reload = () => services.vocabulary.list().then(setEntries, (e: unknown) => setNotice({ error: errorMessageKey(e) }));
  useEffect(() => {
    void reload();
    void services.vocabulary.builtin().then(setBuiltin, () => undefined);
  }, [services]);

  const parents = useMemo(() => parentChoices(entries ?? [], builtin), [entries, builtin]);
  const names = useMemo(() => new Map([...builtin, ...(entries ?? [])].map((e) => [e.id, e.name])), [entries, builtin]);
  const shown = (entries ?? []).filter((e) => filter === 'all' || e.kind === filter);

  const save = async (input: VocabularyInput) => {
    const stored = await services.vocabulary.save(input);
    setEditing(null);
    setChanged(true);
    setNotice({ key: 'vocab.saved-entry', name: stored.name });
    await reload();
  };
  const remove = async (entry: VocabularyEntry) => {
    try {
      const removed = await services.vocabulary.remove(entry.id);
      setChanged(true);
      setNotice({ key: 'vocab.deleted', name: entry.name, ...(removed ? { undo: removed } : {}) });
      await reload();
    } catch (error) {
      setNotice({ error: errorMessageKey(error) });
    }
  };
  const undo = async (entry: VocabularyEntry) => {
    await services.vocabulary.save(entry).then(
      () => setNotice({ key: 'vocab.saved-entry', name: entry.name }),
      (e: unknown) => setNotice({ error: errorMessageKey(e) }),
    );
    await reload();
  };

  const count = (kind: VocabularyKind) => (entries ?? []).filter((e) => e.kind === kind).length;
  return (
    <OptionsSection id="vocabulary" title={t('vocab.title')}>
      <p class="muted">{t('vocab.intro')}</p>
      <div class="options-row">
        <label class="options-inline">
          {t('vocab.filter')}{' '}
          <select value={filter} onChange={(e) => setFilter(e.currentTarget.value as VocabularyKind | 'all')}>
            <option value="all">{t('vocab.all', { count: entries?.length ?? 0 })}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t('vocab.count', { label: t(`vocab.kind-${k}`), count: count(k) })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="primary" disabled={editing !== null} onClick={() => setEditing(emptyDraft(filter === 'all' ? 'unit' : filter))}>
          {t('vocab.add')}
        </button>
      </div>
      {notice && (
        <p class={'error' in notice ? 'error' : 'options-notice'} role={'error' in notice ? 'alert' : 'status'}>
          {'error' in notice ? t(notice.error) : t(notice.key, { name: notice.name })}{' '}
          {'undo' in notice && notice.undo && (
            <button type="button" onClick={() => void undo(notice.undo!)}>
              {t('vocab.undo')}
            </button>
          )}
        </p>
      )}
      {editing && (
        <VocabularyForm
          key={editing.id ?? 'new'}
          initial={editing}
          entries={entries ?? []}
          parents={parents}
          builtin={builtin}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      {entries === undefined ? (
        <p class="muted">{t('vocab.loading')}</p>
      ) : shown.length === 0 ? (
        <p class="muted">{t(entries.length === 0 ? 'vocab.empty' : 'vocab.empty-kind')}</p>
      ) : (
        <VocabularyTable
          entries={shown}
          parentName={(id) => names.get(id)}
          onEdit={(e) => setEditing(draftOf(e, (id) => names.get(id)))}
          onDelete={(e) => void remove(e)}
        />
      )}
      {changed && <p class="options-warning">{t('vocab.changed')}</p>}
      <RetagLibrary />
    </OptionsSection>
  );
}
