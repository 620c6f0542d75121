import { useCallback, useRef, useState } from 'preact/hooks';
import { useMessages } from '../i18n/use-messages.ts';
import { errorMessageKey } from '../shared/error-code.ts';
import { useLibraryServices } from './library-services.ts';
import { libraryMessages } from './messages.ts';
import { useToast } from './toast.tsx';

/** Finishes a clip that failed half way (the background does it) and says how it went. */
export function useRetryClip(): { retrying: ReadonlySet<string>; retry: (clipId: string) => Promise<void> } {
  const { send } = useLibraryServices();
  const t = useMessages(libraryMessages);
  const toast = useToast();
  const [retrying, setRetrying] = useState<ReadonlySet<string>>(new Set());
  const mark = (id: string, on: boolean) =>
    setRetrying((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  // The latest translator and toast, so `retry` keeps one identity (list rows are memoised on it).
  const latest = useRef({ send, t, toast });
  latest.current = { send, t, toast };
  const retry = useCallback(
    async (clipId: string) => {
      const { send, t, toast } = latest.current;
      mark(clipId, true);
      try {
        const outcome = await send('retry-clip', { clipId });
        if (outcome.kind === 'failed') toast({ tone: 'error', message: t(`error.${outcome.error}`) });
        else toast({ message: t('list.retried') });
      } catch (error) {
        toast({ tone: 'error', message: t(errorMessageKey(error)) });
      } finally {
        mark(clipId, false);
      }
    },
    [],
  );
  return { retrying, retry };
}
