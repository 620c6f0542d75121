import { useState } from 'preact/hooks';
import { AddToBundleMenu } from '../bundles/add-to-bundle-menu.tsx';
import { useLanguage } from '../i18n/language-context.tsx';
import { useMessages } from '../i18n/use-messages.ts';
import { libraryMessages } from './messages.ts';
import { TagForm } from './tag-form.tsx';
import { useBulkActions } from './use-bulk-actions.ts';
import type { Selection } from './use-selection.ts';
import { useToast } from './toast.tsx';

interface Props {
  selection: Selection;
  /** All clips matching the view, for "select all matching". */
  matching: readonly string[];
  tags: readonly string[];
}

/** Actions on the ticked clips: tag, untag, delete (with undo), add to a bundle. */
export function BulkBar({ selection, matching, tags }: Props) {
  const t = useMessages(libraryMessages);
  const lang = useLanguage();
  const toast = useToast();
  const [form, setForm] = useState<'tag' | 'untag' | null>(null);
  const actions = useBulkActions((ids) => selection.forget(ids));
  const ids = [...selection.ids];
  const number = (n: number) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const allMatching = matching.length > 0 && matching.every((id) => selection.ids.has(id));

  return (
    <div class="bulk-bar" role="toolbar" aria-label={t('bulk.label')}>
      <span class="bulk-count" aria-live="polite">
        {ids.length > 0 ? t('bulk.selected', { count: number(ids.length) }) : t('bulk.none')}
      </span>
      {!allMatching && matching.length > 0 && (
        <button type="button" class="link-button" onClick={() => selection.set([...selection.ids, ...matching])}>
          {t('bulk.select-all', { count: number(matching.length) })}
        </button>
      )}
      {ids.length > 0 && (
        <>
          <button type="button" class="link-button" onClick={() => selection.clear()}>
            {t('bulk.clear')}
          </button>
          <span class="bulk-actions">
            <button type="button" aria-expanded={form === 'tag'} onClick={() => setForm(form === 'tag' ? null : 'tag')}>
              {t('bulk.tag')}
            </button>
            <button type="button" aria-expanded={form === 'untag'} onClick={() => setForm(form === 'untag' ? null : 'untag')}>
              {t('bulk.untag')}
            </button>
            <AddToBundleMenu clipIds={ids} label={t('bulk.add-to-bundle')} onDone={(message) => message && toast({ message })} />
            <button type="button" class="danger" onClick={() => void actions.remove(ids)}>
              {t('bulk.delete', { count: number(ids.length) })}
            </button>
          </span>
        </>
      )}
      {form && ids.length > 0 && (
        <TagForm
          key={form}
          label={form === 'tag' ? t('bulk.tag-label', { count: number(ids.length) }) : t('bulk.untag-label', { count: number(ids.length) })}
          submitLabel={form === 'tag' ? t('bulk.tag-submit') : t('bulk.untag-submit')}
          suggestions={tags}
          onCancel={() => setForm(null)}
          onSubmit={async (list) => {
            const done = form === 'tag' ? await actions.tag(ids, list) : await actions.untag(ids, list);
            if (done) setForm(null);
          }}
        />
      )}
    </div>
  );
}
