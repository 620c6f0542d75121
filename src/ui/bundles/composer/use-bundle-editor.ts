import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Bundle } from '../../../core/schemas/index.ts';
import { watchBundle } from '../../../platform/bundles/watch-bundles.ts';
import { saveBundle } from '../../../platform/db/bundles-repository.ts';
import { useBundlesDb } from '../bundles-db.tsx';

export type SaveState =
  | { state: 'saved'; at: string }
  | { state: 'dirty' }
  | { state: 'saving' }
  | { state: 'invalid' }
  | { state: 'failed'; error: unknown };

const SAVE_DELAY_MS = 600;
const RETRY_MS = 5_000;

/**
 * The bundle being edited, autosaved a moment after the editor stops typing
 * (and when the page is hidden or left). A bundle without a title is not
 * saved: the schema refuses it, so the edit waits for a title instead of
 * failing. A change stored elsewhere (the library added clips) while nothing
 * is pending here calls `onStoredChange`, so the composer reads it in.
 */
export function useBundleEditor(initial: Bundle, onStoredChange: () => void) {
  const db = useBundlesDb();
  const [bundle, setBundle] = useState(initial);
  const [save, setSave] = useState<SaveState>({ state: 'saved', at: initial.updatedAt });
  const current = useRef(initial);
  const pending = useRef(false);
  const inFlight = useRef(0);
  const lastSaved = useRef(initial.updatedAt);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stopped = useRef(false);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (!pending.current || stopped.current) return;
    const next = current.current;
    if (!next.title.trim()) return setSave({ state: 'invalid' });
    pending.current = false;
    inFlight.current++;
    setSave({ state: 'saving' });
    try {
      const stored = await saveBundle(db, next);
      lastSaved.current = stored.updatedAt;
      if (!pending.current) setSave({ state: 'saved', at: stored.updatedAt });
    } catch (error) {
      pending.current = true;
      setSave({ state: 'failed', error });
      timer.current = setTimeout(() => void flush(), RETRY_MS);
    } finally {
      inFlight.current--;
    }
  }, [db]);

  /** Applies an edit to the latest bundle (not a render-old copy) and returns the result. */
  const update = useCallback((change: (b: Bundle) => Bundle): Bundle => {
    const next = change(current.current);
    if (next === current.current) return next;
    current.current = next;
    pending.current = true;
    setBundle(next);
    setSave(next.title.trim() ? { state: 'dirty' } : { state: 'invalid' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    return next;
  }, [flush]);

  useEffect(() => {
    const hidden = () => document.visibilityState === 'hidden' && void flush();
    const leave = () => void flush();
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leave);
    const unwatch = watchBundle(db, initial.id, (stored) => {
      if (pending.current || inFlight.current > 0 || stopped.current) return;
      if (stored?.updatedAt !== lastSaved.current) onStoredChange();
    });
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leave);
      unwatch();
      void flush();
    };
  }, [db, flush, initial.id, onStoredChange]);

  /** Stops saving for good (the bundle is being deleted): pending edits are dropped. */
  const stop = useCallback(() => {
    stopped.current = true;
    pending.current = false;
    clearTimeout(timer.current);
  }, []);

  return { bundle, update, save, flush, stop };
}
