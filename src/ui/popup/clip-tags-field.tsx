import { useState } from 'preact/hooks';
import { useMessages } from '../i18n/use-messages.ts';
import { popupMessages } from './messages.ts';
import { usePopupServices } from './popup-services.ts';
import { SaveStatus } from './save-status.tsx';
import { TagEditor } from './tag-editor.tsx';
import { useSaveState } from './use-save-state.ts';

/** The clip's tags, saved as soon as one is added or removed. */
export function ClipTagsField({ clipId, initial }: { clipId: string; initial: readonly string[] }) {
  const t = useMessages(popupMessages);
  const services = usePopupServices();
  const [tags, setTags] = useState<readonly string[]>(initial);
  const [saveState, save] = useSaveState();
  const change = (next: string[]) => {
    setTags(next);
    // The editor already normalises as the repository does, so what is shown is what is stored.
    void save(async () => (await services.data()).saveNotes(clipId, { tags: next }));
  };
  return (
    <section class="popup-section">
      <h3 id="popup-tags">
        {t('popup.tags')} <SaveStatus state={saveState} />
      </h3>
      <TagEditor tags={tags} onChange={change} loadSuggestions={async () => (await services.data()).allTags()} labelledBy="popup-tags" />
    </section>
  );
}
