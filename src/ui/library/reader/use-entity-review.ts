import { addEntity, reviewEntity, type EntityReview, type NewEntity } from '../../../platform/db/entities-repository.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { errorMessageKey } from '../../shared/error-code.ts';
import { useLibraryServices } from '../library-services.ts';
import { libraryMessages } from '../messages.ts';
import { useToast } from '../toast.tsx';

/**
 * A person's word on the entities of one clip. Each change is stored at once
 * (with the clip's facet keys) and kept through re-tagging; a refused change
 * leaves the entity as it was and says why.
 */
export function useEntityReview(clipId: string, reload: () => Promise<void>) {
  const { db } = useLibraryServices();
  const t = useMessages(libraryMessages);
  const toast = useToast();
  const run = async (change: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await change();
      await reload();
      toast({ message: done });
      return true;
    } catch (error) {
      toast({ tone: 'error', message: t(errorMessageKey(error)) });
      return false;
    }
  };
  return {
    review: (entityId: number, review: EntityReview) => run(() => reviewEntity(db, entityId, review), t(`entity.done.${review.kind}`)),
    add: (entity: NewEntity) => run(() => addEntity(db, clipId, entity), t('entity.done.add')),
  };
}
