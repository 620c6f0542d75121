import { addTags, deleteClips, removeTags, restoreClips } from '../../platform/db/clips-repository.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { errorMessageKey } from '../shared/error-code.ts';
import { useLibraryServices } from './library-services.ts';
import { libraryMessages } from './messages.ts';
import { useToast } from './toast.tsx';

const UNDO_MS = 10_000;

/**
 * What the bulk bar does to the selected clips. Deleting hands back all that
 * was removed; "Hoàn tác" in the toast puts it back, links and all. A write
 * that fails (a full disk) changes nothing and says why.
 */
export function useBulkActions(onDeleted: (ids: string[]) => void) {
  const { db, search } = useLibraryServices();
  const t = useMessages(libraryMessages);
  const toast = useToast();
  const fail = (error: unknown) => toast({ tone: 'error', message: t(errorMessageKey(error)) });

  return {
    async tag(ids: string[], tags: string[]) {
      try {
        const changed = await addTags(db, ids, tags);
        toast({ message: t('bulk.tagged', { tags: tags.join(', '), count: changed }) });
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    async untag(ids: string[], tags: string[]) {
      try {
        const changed = await removeTags(db, ids, tags);
        toast({ message: t('bulk.untagged', { tags: tags.join(', '), count: changed }) });
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    async remove(ids: string[]) {
      try {
        const deleted = await deleteClips(db, ids);
        const count = deleted.clips.length;
        onDeleted(ids);
        void search.sync();
        toast({
          message: t('bulk.deleted', { count }),
          durationMs: UNDO_MS,
          action: {
            label: t('action.undo'),
            run: async () => {
              try {
                await restoreClips(db, deleted);
                void search.sync();
                toast({ message: t('bulk.restored', { count }) });
              } catch (error) {
                fail(error);
              }
            },
          },
        });
      } catch (error) {
        fail(error);
      }
    },
  };
}
