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
  /** Toasts what `write` did, or why it failed; true when it succeeded (the bar then closes its form). */
  const attempt = async (write: () => Promise<string>) => {
    try {
      toast({ message: await write() });
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  return {
    tag: (ids: string[], tags: string[]) =>
      attempt(async () => t('bulk.tagged', { tags: tags.join(', '), count: await addTags(db, ids, tags) })),
    untag: (ids: string[], tags: string[]) =>
      attempt(async () => t('bulk.untagged', { tags: tags.join(', '), count: await removeTags(db, ids, tags) })),
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
