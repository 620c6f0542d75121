import { useCallback, useEffect, useState } from 'preact/hooks';
import { useMessages } from '../i18n/use-messages.ts';
import { ClipRow } from './clip-row.tsx';
import { libraryMessages } from './messages.ts';
import type { Selection } from './use-selection.ts';
import { useClipRows } from './use-clip-rows.ts';
import { useRetryClip } from './use-retry-clip.ts';
import { VirtualList } from './virtual-list.tsx';

export const ROW_HEIGHT = 76;

interface Props {
  ids: readonly string[];
  /** Grows when clips change: the rows in view are read again. */
  version: number;
  selection: Selection;
  hrefFor: (id: string) => string;
  onOpen: (id: string) => void;
  /** Changes with the query: the list goes back to the top. */
  resetKey: string;
  /** The clip the reader just closed on: it becomes the active row and the list takes the focus. */
  returnTo: string | null;
}

/**
 * The clips matching the view. Arrow keys move through it, Enter opens a
 * clip, Space ticks it (Shift+Space ticks a stretch), like a mail client.
 */
export function ClipList({ ids, version, selection, hrefFor, onOpen, resetKey, returnTo }: Props) {
  const t = useMessages(libraryMessages);
  // The row cache lives here, so reading a page of rows re-renders the list, not the whole library.
  const rows = useClipRows(ids, version);
  const [active, setActive] = useState<number | null>(null);
  const { retrying, retry } = useRetryClip();
  const current = active !== null && active < ids.length ? active : null;

  useEffect(() => {
    if (!returnTo) return;
    const at = ids.indexOf(returnTo);
    if (at >= 0) setActive(at);
    document.querySelector<HTMLElement>('.vlist')?.focus({ preventScroll: true });
  }, [returnTo]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (ids.length === 0 || e.target !== e.currentTarget) return;
    const at = current ?? -1;
    const page = 8;
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, PageDown: at + page, PageUp: at - page, Home: 0, End: ids.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      setActive(Math.max(0, Math.min(ids.length - 1, moves[e.key]!)));
    } else if (e.key === 'Enter' && current !== null) {
      e.preventDefault();
      onOpen(ids[current]!);
    } else if ((e.key === ' ' || e.key === 'x') && current !== null) {
      e.preventDefault();
      selection.toggle(current, e.shiftKey);
    }
  };

  const toggle = selection.toggle;
  const toggleRow = useCallback(
    (index: number, shift: boolean) => {
      setActive(index);
      toggle(index, shift);
    },
    [toggle],
  );

  const renderRow = useCallback(
    (index: number) => {
      const id = ids[index]!;
      return (
        <ClipRow
          index={index}
          id={id}
          clip={rows.row(id)}
          selected={selection.ids.has(id)}
          active={index === current}
          href={hrefFor(id)}
          retrying={retrying.has(id)}
          onToggle={toggleRow}
          onOpen={onOpen}
          onRetry={retry}
        />
      );
    },
    [ids, rows, selection.ids, current, hrefFor, retrying, onOpen, retry, toggleRow],
  );

  return (
    <VirtualList
      count={ids.length}
      rowHeight={ROW_HEIGHT}
      renderRow={renderRow}
      onRangeChange={rows.request}
      scrollToIndex={current}
      resetKey={resetKey}
      label={t('list.label', { count: ids.length })}
      activeId={current !== null ? `clip-row-${current}` : undefined}
      onKeyDown={onKeyDown}
    />
  );
}
