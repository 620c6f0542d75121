import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

// A windowed list: every row has the same height, so the rows in view are
// plain arithmetic on the scroll position, and only they (plus a few above
// and below) are in the DOM, whatever the number of rows. 50,000 clips are
// one tall empty box with a dozen rows positioned inside it.

interface Props {
  count: number;
  rowHeight: number;
  /** Rows rendered beyond each edge of the view. */
  overscan?: number;
  renderRow: (index: number) => ComponentChildren;
  /** Told the rows in the DOM whenever they change (to load their data). */
  onRangeChange?: (start: number, end: number) => void;
  /** Keeps this row in view (keyboard navigation). */
  scrollToIndex?: number | null;
  /** Returns to the top when this changes (a new query). */
  resetKey?: string;
  label: string;
  activeId?: string;
  onKeyDown?: (event: KeyboardEvent) => void;
}

/** The viewport height; layout-less DOMs (tests) report 0, then the window's height stands in. */
function heightOf(el: HTMLElement): number {
  return el.clientHeight || globalThis.innerHeight || 800;
}

export function VirtualList({ count, rowHeight, overscan = 6, renderRow, onRangeChange, scrollToIndex, resetKey, label, activeId, onKeyDown }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(800);
  const frame = useRef(0);

  useLayoutEffect(() => {
    const el = box.current!;
    setHeight(heightOf(el));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(heightOf(el)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    if (!box.current) return;
    box.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  const onScroll = () => {
    // One state update per frame, however many scroll events arrive.
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (box.current) setScrollTop(box.current.scrollTop);
    });
  };
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  useEffect(() => {
    const el = box.current;
    if (!el || scrollToIndex === null || scrollToIndex === undefined) return;
    const top = scrollToIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + heightOf(el)) el.scrollTop = top + rowHeight - heightOf(el);
    setScrollTop(el.scrollTop);
  }, [scrollToIndex, rowHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  useEffect(() => onRangeChange?.(first, last), [first, last, onRangeChange]);

  const rows: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div key={i} class="vlist-row" role="listitem" aria-setsize={count} aria-posinset={i + 1} style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}>
        {renderRow(i)}
      </div>,
    );
  }
  return (
    <div ref={box} class="vlist" onScroll={onScroll} tabIndex={0} aria-label={label} aria-activedescendant={activeId} onKeyDown={onKeyDown}>
      <div class="vlist-inner" role="list" aria-label={label} style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
