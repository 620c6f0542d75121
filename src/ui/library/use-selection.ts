import { useCallback, useRef, useState } from 'preact/hooks';

export interface Selection {
  ids: ReadonlySet<string>;
  /** Ticks or unticks one row; with shift, every row from the last one ticked takes its state. */
  toggle(index: number, shift: boolean): void;
  set(ids: Iterable<string>): void;
  forget(ids: Iterable<string>): void;
  clear(): void;
}

/** Which clips are ticked in a list of `ids`; the selection outlives a change of filter. */
export function useSelection(ids: readonly string[]): Selection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<{ index: number; id: string } | null>(null);
  const toggle = useCallback(
    (index: number, shift: boolean) => {
      const id = ids[index];
      if (id === undefined) return;
      setSelected((current) => {
        const next = new Set(current);
        const on = !current.has(id);
        // The anchor only counts while its clip is still at that place in this list.
        const from = shift && anchor.current && ids[anchor.current.index] === anchor.current.id ? anchor.current.index : index;
        for (let i = Math.min(from, index); i <= Math.max(from, index); i++) {
          if (on) next.add(ids[i]!);
          else next.delete(ids[i]!);
        }
        return next;
      });
      anchor.current = { index, id };
    },
    [ids],
  );
  return {
    ids: selected,
    toggle,
    set: (list) => setSelected(new Set(list)),
    forget: (list) =>
      setSelected((current) => {
        const next = new Set(current);
        for (const id of list) next.delete(id);
        return next;
      }),
    clear: () => setSelected(new Set()),
  };
}
