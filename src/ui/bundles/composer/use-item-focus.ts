import { useEffect, useRef } from 'preact/hooks';

/**
 * Keeps the keyboard where the user is: after an item moved (Alt+↑/↓) or
 * was removed, focus goes to the item named here once the list re-rendered.
 */
export function useItemFocus(container: { current: HTMLElement | null }) {
  const wanted = useRef<string | null>(null);
  useEffect(() => {
    const id = wanted.current;
    if (id === null) return;
    wanted.current = null;
    const items = [...(container.current?.querySelectorAll<HTMLElement>('[data-clip-id]') ?? [])];
    (items.find((el) => el.dataset.clipId === id) ?? container.current)?.focus();
  });
  return (clipId: string | null) => {
    wanted.current = clipId ?? '';
  };
}
