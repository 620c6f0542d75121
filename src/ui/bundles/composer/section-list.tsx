import { Fragment } from 'preact';
import type { Bundle, ExportedClip } from '../../../core/schemas/index.ts';
import type { ItemAt } from '../../../platform/bundles/bundle-edits.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { BundleItemCard, type ItemActions } from './bundle-item-card.tsx';
import { composerMessages } from './composer-messages.ts';
import { useItemDnd } from './use-item-dnd.ts';

interface Props extends ItemActions {
  bundle: Bundle;
  clipOf: (id: string) => ExportedClip | undefined;
  onMove: (from: ItemAt, to: ItemAt) => void;
}

/** The bundle's sections and items, reordered by drag and drop or by the keyboard. */
export function SectionList({ bundle, clipOf, onMove, ...actions }: Props) {
  const t = useMessages(composerMessages);
  const dnd = useItemDnd(onMove);
  const count = bundle.sections.reduce((n, s) => n + s.items.length, 0);
  let position = 0;
  if (count === 0) return <p class="muted composer-empty">{t('items.empty')}</p>;
  return (
    <div class="section-list">
      {bundle.sections.map((section, si) => {
        const mark = dnd.mark?.section === si ? dnd.mark.index : -1;
        return (
          <section key={section.id} class="bundle-section" aria-label={section.title || t('section.untitled')} {...dnd.sectionProps(si, section.items.length)}>
            {(section.title || bundle.sections.length > 1) && <h3>{section.title || t('section.untitled')}</h3>}
            <ol class="bundle-items">
              {section.items.map((item, ii) => {
                position++;
                const at = { section: si, index: ii };
                return (
                  <Fragment key={item.clipId}>
                    {mark === ii && <li class="drop-mark" aria-hidden="true" />}
                    <BundleItemCard
                      item={item}
                      at={at}
                      clipOf={clipOf}
                      position={position}
                      count={count}
                      dragProps={dnd.itemProps(at, item.clipId)}
                      dragging={dnd.dragging?.section === si && dnd.dragging.index === ii}
                      {...actions}
                    />
                  </Fragment>
                );
              })}
              {mark === section.items.length && <li class="drop-mark" aria-hidden="true" />}
              {section.items.length === 0 && <li class="muted section-drop-here">{t('section.drop-here')}</li>}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
