import { useEffect, useState } from 'preact/hooks';
import { ENTITY_FAMILY } from '../../../core/schemas/entity.ts';
import type { ClipEntity } from '../../../core/schemas/clip-entity.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { libraryMessages } from '../messages.ts';
import { draftOf, type EntityDraft } from './entity-draft.ts';
import { EntityForm } from './entity-form.tsx';
import { EntityItem } from './entity-item.tsx';
import { guessEntity } from './guess-entity.ts';
import { useEntityReview } from './use-entity-review.ts';

const FAMILIES = ['campaign', 'unit', 'figure', 'other'] as const;

interface Props {
  clipId: string;
  publishedAt: string | null;
  entities: readonly ClipEntity[];
  text: string;
  picked: number | null;
  onPick: (id: number) => void;
  /** A stretch of text the person selected to tag. */
  adding: { start: number; end: number } | null;
  onAdded: () => void;
  reload: () => Promise<void>;
  onFilter: (entity: ClipEntity) => void;
}

/** The clip's entities by family, each to confirm, correct or reject; and a new one from a selection. */
export function EntityPanel({ clipId, publishedAt, entities, text, picked, onPick, adding, onAdded, reload, onFilter }: Props) {
  const t = useMessages(libraryMessages);
  const { review, add } = useEntityReview(clipId, reload);
  const [guess, setGuess] = useState<EntityDraft | null>(null);
  const selected = adding ? text.slice(adding.start, adding.end) : '';

  useEffect(() => {
    setGuess(null);
    if (!adding) return;
    let alive = true;
    void guessEntity(selected, publishedAt).then((g) => alive && setGuess(draftOf(g.type, g.value, g.role)));
    return () => {
      alive = false;
    };
  }, [adding?.start, adding?.end]);

  const standing = entities.filter((e) => e.status !== 'rejected').length;
  return (
    <section class="entity-panel" aria-labelledby="entity-panel-title">
      <h3 id="entity-panel-title">{t('entities.heading', { count: standing })}</h3>
      <p class="entity-legend" aria-hidden="true">
        {FAMILIES.map((f) => (
          <span key={f} class={`chip family-${f}`}>
            {t(`family.${f}`)}
          </span>
        ))}
      </p>
      {adding && (
        <div class="entity-adding">
          <h4>{t('entities.add-heading')}</h4>
          {guess ? (
            <EntityForm
              text={selected}
              initial={guess}
              submitLabel={t('entities.add-submit')}
              onCancel={onAdded}
              onSubmit={(v) => add({ ...v, start: adding.start, end: adding.end })}
            />
          ) : (
            <p class="muted">{t('entities.guessing')}</p>
          )}
        </div>
      )}
      {entities.length === 0 && !adding && <p class="muted">{t('entities.none')}</p>}
      {FAMILIES.map((family) => {
        const list = entities.filter((e) => ENTITY_FAMILY[e.type] === family);
        if (list.length === 0) return null;
        return (
          <div key={family} class="entity-family">
            <h4>{t(`family.${family}`)}</h4>
            <ul class="entity-list">
              {list.map((e) => (
                <EntityItem key={e.id} entity={e} picked={picked === e.id} onPick={onPick} onReview={(r) => review(e.id, r)} onFilter={onFilter} />
              ))}
            </ul>
          </div>
        );
      })}
      <p class="muted entity-help">{t('entities.help')}</p>
    </section>
  );
}
