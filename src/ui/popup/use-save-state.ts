import { useCallback, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/translate.ts';
import { errorMessageKey } from '../shared/error-code.ts';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: MessageKey };

/**
 * Runs saves one after another (a note typed fast must not land in the
 * wrong order) and says how the last one went.
 */
export function useSaveState(): [SaveState, (save: () => Promise<unknown>) => Promise<void>] {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const queue = useRef<Promise<void>>(Promise.resolve());
  const waiting = useRef(0);
  const run = useCallback((save: () => Promise<unknown>) => {
    waiting.current++;
    setState({ kind: 'saving' });
    queue.current = queue.current.then(async () => {
      try {
        await save();
        if (waiting.current === 1) setState({ kind: 'saved' });
      } catch (error) {
        setState({ kind: 'failed', error: errorMessageKey(error) });
      } finally {
        waiting.current--;
      }
    });
    return queue.current;
  }, []);
  return [state, run];
}
