import { useRef, useState } from 'preact/hooks';
import type { ItemAt } from '../../../platform/bundles/bundle-edits.ts';
import { dropTarget } from './item-moves.ts';

/** The insertion point shown while dragging: before item `index` of `section` (or at its end). */
export interface DropMark {
  section: number;
  index: number;
}

/**
 * HTML5 drag and drop of bundle items, inside a section and between
 * sections. The dragged position is kept here rather than read back from
 * dataTransfer (which pages may not read during dragover); the text is still
 * set, since Firefox starts no drag without data.
 */
export function useItemDnd(onMove: (from: ItemAt, to: ItemAt) => void) {
  const from = useRef<ItemAt | null>(null);
  const [mark, setMark] = useState<DropMark | null>(null);
  const [dragging, setDragging] = useState<ItemAt | null>(null);

  const reset = () => {
    from.current = null;
    setDragging(null);
    setMark(null);
  };

  const accept = (e: DragEvent, point: DropMark) => {
    if (!from.current) return;
    e.preventDefault();
    e.stopPropagation();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
    if (mark?.section !== point.section || mark.index !== point.index) setMark(point);
  };

  const drop = (e: DragEvent, point: DropMark) => {
    const source = from.current;
    if (!source) return;
    e.preventDefault();
    e.stopPropagation();
    reset();
    onMove(source, dropTarget(source, point.section, point.index));
  };

  /** The lower half of an item drops after it, the upper half before. */
  const pointOnItem = (e: DragEvent, at: ItemAt): DropMark => {
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    return { section: at.section, index: at.index + (e.clientY > box.top + box.height / 2 ? 1 : 0) };
  };

  const itemProps = (at: ItemAt, clipId: string) => ({
    draggable: true,
    onDragStart: (e: DragEvent) => {
      from.current = at;
      setDragging(at);
      e.dataTransfer?.setData('text/plain', clipId);
      if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
    },
    onDragOver: (e: DragEvent) => accept(e, pointOnItem(e, at)),
    onDrop: (e: DragEvent) => drop(e, pointOnItem(e, at)),
    onDragEnd: reset,
  });

  /** A section's own area (its heading, an empty section) drops at its end. */
  const sectionProps = (section: number, length: number) => ({
    onDragOver: (e: DragEvent) => accept(e, { section, index: length }),
    onDrop: (e: DragEvent) => drop(e, { section, index: length }),
  });

  return { itemProps, sectionProps, mark, dragging };
}
