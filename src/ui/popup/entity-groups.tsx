import { useMemo, useState } from 'preact/hooks';
import type { ReviewedEntity } from '../../core/schemas/index.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { FAMILIES, groupEntities, type EntityChip, type EntityFamily } from './group-entities.ts';
import { popupMessages } from './messages.ts';

// A long article names dozens of places; the popup shows the first few of a
// family and the rest on request.
const SHOWN = 8;

/** What the tagger found, grouped as campaign / unit / figures / other, in the family colours. */
export function EntityGroups({ entities }: { entities: readonly ReviewedEntity[] }) {
  const t = useMessages(popupMessages);
  const groups = useMemo(() => groupEntities(entities), [entities]);
  const present = FAMILIES.filter((f) => groups[f].length > 0);
  return (
    <section class="popup-section" aria-labelledby="popup-entities">
      <h3 id="popup-entities">{t('popup.entities')}</h3>
      {present.length === 0 ? (
        <p class="muted">{t('popup.no-entities')}</p>
      ) : (
        <dl class="popup-entity-groups">
          {present.map((family) => (
            <FamilyRow key={family} family={family} chips={groups[family]} />
          ))}
        </dl>
      )}
    </section>
  );
}

function FamilyRow({ family, chips }: { family: EntityFamily; chips: EntityChip[] }) {
  const t = useMessages(popupMessages);
  const [all, setAll] = useState(false);
  const shown = all ? chips : chips.slice(0, SHOWN);
  return (
    <div class="popup-entity-group" data-family={family}>
      <dt>{t(`popup.family-${family}`)}</dt>
      <dd>
        {shown.map((chip) => (
          <span key={chip.key} class={`chip family-${family}`} title={`${t(`popup.type-${chip.type}`)}: ${chip.sentence}`}>
            {chip.type === 'marker' && /^\d/.test(chip.label) ? t('popup.marker-label', { text: chip.label }) : chip.label}
            {chip.count > 1 && (
              <span class="popup-count" aria-label={t('popup.mentions', { count: chip.count })}>
                ×{chip.count}
              </span>
            )}
          </span>
        ))}
        {chips.length > shown.length && (
          <button type="button" class="popup-link" onClick={() => setAll(true)}>
            {t('popup.more', { count: chips.length - shown.length })}
          </button>
        )}
      </dd>
    </div>
  );
}
