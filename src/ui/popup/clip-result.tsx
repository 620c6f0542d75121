import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/translate.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { errorMessageKey } from '../shared/error-code.ts';
import { ClipNoteField } from './clip-note-field.tsx';
import { ClipSummary } from './clip-summary.tsx';
import { ClipTagsField } from './clip-tags-field.tsx';
import { EntityGroups } from './entity-groups.tsx';
import { popupMessages } from './messages.ts';
import type { ClipView } from './popup-data.ts';
import { usePopupServices } from './popup-services.ts';
import { useLazyModule } from './use-lazy-module.ts';

// The bundles part (menus to add to a bundle, the composer's links) is the
// heaviest; the rest of the clip shows without waiting for it.
const loadClipBundles = () => import('../bundles/clip-bundles.tsx');

interface ClipResultProps {
  clipId: string;
  /** The clip as the background sent it; read from the library when absent. */
  initial?: ClipView;
  /** Show only the summary until asked (the "review after clip" setting is off). */
  collapsed?: boolean;
}

/** One clip in the popup: summary, entities by family, tags, note and bundles. */
export function ClipResult({ clipId, initial, collapsed = false }: ClipResultProps) {
  const t = useMessages(popupMessages);
  const services = usePopupServices();
  const [view, setView] = useState<ClipView | null | undefined>(initial);
  const [error, setError] = useState<MessageKey | undefined>(undefined);
  const [open, setOpen] = useState(!collapsed);
  const bundles = useLazyModule(loadClipBundles);
  useEffect(() => {
    if (initial) return;
    let alive = true;
    void services
      .data()
      .then((d) => d.clipView(clipId))
      .then(
        (found) => alive && setView(found ?? null),
        (e: unknown) => alive && setError(errorMessageKey(e)),
      );
    return () => {
      alive = false;
    };
  }, [services, clipId, initial]);

  if (error) return <p class="error">{t(error)}</p>;
  if (view === null) return <p class="error">{t('error.clip-not-found')}</p>;
  if (!view) return <p class="muted popup-note">{t('popup.loading-clip')}</p>;
  return (
    <article class="popup-clip">
      <ClipSummary view={view} onOpen={(id) => services.openLibrary(id)} />
      {open ? (
        <>
          <EntityGroups entities={view.entities} />
          <ClipTagsField clipId={clipId} initial={view.clip.tags} />
          <ClipNoteField clipId={clipId} initial={view.clip.note} />
          <section class="popup-section">{bundles && <bundles.ClipBundles clipId={clipId} />}</section>
        </>
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          {t('popup.show-review')}
        </button>
      )}
    </article>
  );
}
