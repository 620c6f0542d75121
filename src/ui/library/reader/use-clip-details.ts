import { useCallback, useEffect, useState } from 'preact/hooks';
import { getClipDetails, type ClipDetails } from '../../../platform/db/clips-repository.ts';
import { useLibraryServices } from '../library-services.ts';

export interface ClipDetailsState {
  /** undefined while loading the first time; null when the clip is not in the library. */
  details: ClipDetails | null | undefined;
  error: unknown;
  reload: () => Promise<void>;
}

/** One clip with its body and entities, read again whenever the library changes. */
export function useClipDetails(clipId: string, version: number): ClipDetailsState {
  const { db } = useLibraryServices();
  const [state, setState] = useState<{ id: string; details: ClipDetails | null | undefined; error: unknown }>({ id: clipId, details: undefined, error: null });
  const reload = useCallback(async () => {
    try {
      const details = (await getClipDetails(db, clipId)) ?? null;
      setState({ id: clipId, details, error: null });
    } catch (error) {
      setState((s) => ({ ...s, id: clipId, error }));
    }
  }, [db, clipId]);
  useEffect(() => {
    void reload();
  }, [reload, version]);
  // Another clip was opened: never show the previous one's details under its title.
  const current = state.id === clipId ? state : { details: undefined, error: null };
  return { details: current.details, error: current.error, reload };
}
