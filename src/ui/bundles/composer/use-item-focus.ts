import { useEffect, useRef } from 'preact/hooks';
import type { Bundle } from '../../../core/schemas/index.ts';

/**
 * Keeps the keyboard where the user is: after an item moved (Alt+↑/↓) or
 * was removed, focus goes to the item named here once the list shows the
 * bundle that resulted. Tied to that bundle, since an effect of an earlier
 * render may still run first and would focus an element about to go.
 */
export function useItemFocus(container: { current: HTMLElement | null }, shown: Bundle) {
  const wanted = useRef<{ clipId: string | null; bundle: Bundle } | null>(null);
  useEffect(() => {
    const request = wanted.current;
    if (!request || request.bundle !== shown) return;
    wanted.current = null;
    const items = [...(container.current?.querySelectorAll<HTMLElement>('[data-clip-id]') ?? [])];
    (items.find((el) => el.dataset.clipId === request.clipId) ?? container.current)?.focus();
  }, [container, shown]);
  return (clipId: string | null, bundle: Bundle) => {
    wanted.current = { clipId, bundle };
  };
}
