import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { moveItem } from '../../../core/export/move-item.ts';
import type { Bundle, BundleItem, ExportedClip } from '../../../core/schemas/index.ts';
import { allItems, regroup, removeItemAt, restoreItem, setItemNote, unfoldCopy, type ItemAt } from '../../../platform/bundles/bundle-edits.ts';
import { bundleClipIds, readExportedClips } from '../../../platform/export/read-exported-clips.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { useBundlesDb } from '../bundles-db.tsx';
import { ExportPanel } from '../export/export-panel.tsx';
import { bundleMessages } from '../messages.ts';
import { useBundleDefaults } from '../use-bundle-defaults.ts';
import { ComposerHeader } from './composer-header.tsx';
import { composerMessages } from './composer-messages.ts';
import { ComposerTop } from './composer-top.tsx';
import { DeleteBundle, DeletedNotice } from './delete-bundle.tsx';
import { DigestPreview } from './digest-preview.tsx';
import { keyMoveTarget } from './item-moves.ts';
import { SectionList } from './section-list.tsx';
import { useBundleEditor } from './use-bundle-editor.ts';
import { useItemFocus } from './use-item-focus.ts';

interface Removed {
  item: BundleItem;
  at: ItemAt;
  section: { id: string; title: string };
}

/** The digest composer: fields, sections and items, exports, and the live preview beside them. */
export function ComposerEditor({ initial, clips, onStoredChange }: { initial: Bundle; clips: ExportedClip[]; onStoredChange: () => void }) {
  const t = useMessages(composerMessages);
  const tb = useMessages(bundleMessages);
  const defaults = useBundleDefaults();
  const db = useBundlesDb();
  const { bundle, update, save, stop } = useBundleEditor(initial, onStoredChange);
  const [deleted, setDeleted] = useState<Bundle | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [removed, setRemoved] = useState<Removed | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const focusItem = useItemFocus(list, bundle);
  const byId = useMemo(() => new Map(clips.map((c) => [c.id, c])), [clips]);
  const clipOf = (id: string) => byId.get(id);
  const titleOf = (item: BundleItem | undefined) => (item && clipOf(item.clipId)?.title.trim()) || item?.clipId || '';
  const count = allItems(bundle).length;

  useEffect(() => {
    document.title = t('page.composer-title', { title: bundle.title.trim() || t('home.heading') });
  }, [bundle.title, t]);

  const move = (from: ItemAt, to: ItemAt, keepFocus: boolean) => {
    const item = bundle.sections[from.section]?.items[from.index];
    const next = update((b) => moveItem(b, from, to));
    if (!item) return;
    const section = next.sections[to.section];
    const position = allItems(next).findIndex((i) => i.clipId === item.clipId) + 1;
    const params = { title: titleOf(item), position, count: allItems(next).length, section: section?.title ?? '' };
    setAnnouncement(section?.title ? t('announce.moved', params) : t('announce.moved-plain', params));
    if (keepFocus) focusItem(item.clipId, next);
  };

  const step = (at: ItemAt, direction: -1 | 1) => {
    const to = keyMoveTarget(bundle, at, direction);
    const item = bundle.sections[at.section]?.items[at.index];
    if (to) move(at, to, true);
    else setAnnouncement(t(direction < 0 ? 'announce.first' : 'announce.last', { title: titleOf(item) }));
  };

  const remove = (at: ItemAt) => {
    const section = bundle.sections[at.section];
    const { removed: item } = removeItemAt(bundle, at);
    if (!section || !item) return;
    const flat = allItems(bundle);
    const next = flat[flat.indexOf(item) + 1] ?? flat[flat.indexOf(item) - 1];
    const after = update((b) => removeItemAt(b, at).bundle);
    setRemoved({ item, at, section: { id: section.id, title: section.title } });
    setAnnouncement(t('announce.removed', { title: titleOf(item) }));
    focusItem(next?.clipId ?? null, after);
  };

  const undoRemove = () => {
    if (!removed) return;
    focusItem(removed.item.clipId, update((b) => restoreItem(b, removed.at, removed.item, removed.section)));
    setRemoved(null);
  };

  if (deleted) {
    return (
      <div class="composer">
        <ComposerTop />
        <DeletedNotice bundle={deleted} onRestored={onStoredChange} />
      </div>
    );
  }

  return (
    <div class="composer">
      <ComposerTop save={save} />
      <div class="composer-main">
        <div class="composer-edit">
          <ComposerHeader
            bundle={bundle}
            onChange={({ period, ...fields }) => update((b) => {
              const { period: old, ...rest } = { ...b, ...fields };
              const keep = period === undefined ? old : period ?? undefined;
              return keep ? { ...rest, period: keep } : rest;
            })}
            onRegroup={(grouping) => {
              update((b) => regroup(b, clips, grouping, defaults.titles));
              setAnnouncement(t('announce.regrouped', { grouping: tb(`grouping.${grouping}`) }));
            }}
          />
          <h2>{t('items.heading', { count })}</h2>
          {count > 0 && <p class="muted">{t('items.hint')}</p>}
          <div ref={list} tabIndex={-1} class="composer-items">
            <SectionList
              bundle={bundle}
              clipOf={clipOf}
              onMove={(from, to) => move(from, to, false)}
              onStep={step}
              onNote={(at, note) => update((b) => setItemNote(b, at, note))}
              onRemove={remove}
              onUnfold={(at, id) => update((b) => unfoldCopy(b, at, id))}
            />
          </div>
          {removed && (
            <div class="composer-toast" role="status">
              {t('announce.removed', { title: titleOf(removed.item) })}
              <button type="button" onClick={undoRemove}>{t('undo')}</button>
            </div>
          )}
          {/* The clips are read again, in one transaction, so the export shows the library as it is now. */}
          <ExportPanel load={async (bodies) => ({ bundle, clips: await readExportedClips(db, bundleClipIds(bundle), { bodies }) })} disabled={count === 0} />
          <DeleteBundle bundle={bundle} stopSaving={stop} onDeleted={setDeleted} />
        </div>
        <DigestPreview bundle={bundle} clips={clips} />
      </div>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">{announcement}</p>
    </div>
  );
}
