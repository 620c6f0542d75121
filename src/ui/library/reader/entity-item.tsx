import { useEffect, useRef, useState } from 'preact/hooks';
import { ENTITY_FAMILY } from '../../../core/schemas/entity.ts';
import type { ClipEntity } from '../../../core/schemas/clip-entity.ts';
import type { EntityReview } from '../../../platform/db/entities-repository.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { libraryMessages } from '../messages.ts';
import { draftOf } from './entity-draft.ts';
import { EntityForm } from './entity-form.tsx';
import { formatEntityValue } from './entity-value-format.ts';

interface Props {
  entity: ClipEntity;
  picked: boolean;
  onPick: (id: number) => void;
  onReview: (review: EntityReview) => Promise<boolean>;
  onFilter: (entity: ClipEntity) => void;
}

/** One entity with what a person said about it, and the actions to say it. */
export function EntityItem({ entity, picked, onPick, onReview, onFilter }: Props) {
  const t = useMessages(libraryMessages);
  const lang = useLanguage();
  const [editing, setEditing] = useState(false);
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!picked || !item.current) return;
    item.current.scrollIntoView?.({ block: 'nearest' });
    item.current.focus({ preventScroll: true });
  }, [picked]);

  const value = formatEntityValue(entity, lang, t);
  const rejected = entity.status === 'rejected';
  const original = entity.status === 'corrected' && entity.original ? formatEntityValue(entity.original as Pick<ClipEntity, 'type' | 'value'>, lang, t) : '';
  return (
    <li ref={item} tabIndex={-1} class={`entity-item status-${entity.status}${picked ? ' is-picked' : ''}`} onClick={() => onPick(entity.id)}>
      <div class="entity-item-head">
        <span class={`chip family-${ENTITY_FAMILY[entity.type]}`}>{t(`type.${entity.type}`)}</span>
        <button type="button" class="entity-value link-button" disabled={rejected} title={t('entity.filter', { value })} onClick={() => onFilter(entity)}>
          {value}
          {entity.type === 'person' && entity.role ? ` (${entity.role})` : ''}
        </button>
        {entity.status !== 'auto' && <span class={`entity-status status-${entity.status}`}>{t(`entity.status.${entity.status}`)}</span>}
      </div>
      <div class="entity-item-text muted">
        “{entity.text}”{original && <> · {t('entity.was', { value: original })}</>}
      </div>
      {editing ? (
        <EntityForm
          text={entity.text}
          initial={draftOf(entity.type, entity.value, entity.type === 'person' ? entity.role : undefined)}
          submitLabel={t('entity.save')}
          onCancel={() => setEditing(false)}
          onSubmit={(v) => onReview({ kind: 'correct', type: v.type, value: v.value, ...(v.role ? { role: v.role } : {}) })}
        />
      ) : (
        <div class="entity-actions" role="group" aria-label={t('entity.actions', { text: entity.text })}>
          {rejected ? (
            <button type="button" onClick={() => void onReview({ kind: 'restore' })}>
              {t('entity.restore')}
            </button>
          ) : (
            <>
              {entity.status !== 'confirmed' && entity.status !== 'added' && entity.status !== 'corrected' && (
                <button type="button" onClick={() => void onReview({ kind: 'confirm' })}>
                  ✓ {t('entity.confirm')}
                </button>
              )}
              <button type="button" onClick={() => setEditing(true)}>
                ✎ {t('entity.correct')}
              </button>
              <button type="button" onClick={() => void onReview({ kind: 'reject' })}>
                ✕ {entity.status === 'added' ? t('entity.remove') : t('entity.reject')}
              </button>
              {(entity.status === 'confirmed' || entity.status === 'corrected') && (
                <button type="button" class="link-button" onClick={() => void onReview({ kind: 'restore' })}>
                  {t('entity.undo-review')}
                </button>
              )}
            </>
          )}
        </div>
      )}
    </li>
  );
}
