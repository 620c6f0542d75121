import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/use-messages.ts';
import { errorMessageKey } from '../../shared/error-code.ts';
import { useLibraryServices } from '../library-services.ts';
import { libraryMessages } from '../messages.ts';
import { useToast } from '../toast.tsx';

/** Tags a clip again in the background (a newer tagger, a new vocabulary); people's reviews stay. */
export function useRetag(clipId: string, reload: () => Promise<void>) {
  const { send } = useLibraryServices();
  const t = useMessages(libraryMessages);
  const toast = useToast();
  const [retagging, setRetagging] = useState(false);
  const retag = async () => {
    setRetagging(true);
    try {
      const outcome = await send('retag-clip', { clipId });
      if (outcome.kind === 'failed') toast({ tone: 'error', message: t(`error.${outcome.error}`) });
      else toast({ message: t('reader.retagged') });
      await reload();
    } catch (error) {
      toast({ tone: 'error', message: t(errorMessageKey(error)) });
    } finally {
      setRetagging(false);
    }
  };
  return { retagging, retag };
}
