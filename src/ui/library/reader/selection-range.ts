// Maps the reader's text selection to offsets into the tagged text. Every
// stretch of text is rendered in an element carrying `data-at` (its offset),
// so a DOM point is that element's offset plus the point's offset inside it.

function pointOffset(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const holder = node.parentElement?.closest<HTMLElement>('[data-at]');
    return holder ? Number(holder.dataset.at) + offset : null;
  }
  const el = node as Element;
  const child = el.childNodes[offset];
  if (child) {
    const first = child.nodeType === Node.ELEMENT_NODE ? ((child as Element).matches('[data-at]') ? (child as HTMLElement) : (child as Element).querySelector<HTMLElement>('[data-at]')) : child.parentElement?.closest<HTMLElement>('[data-at]');
    if (first) return Number(first.dataset.at);
  }
  const all = el.querySelectorAll<HTMLElement>('[data-at]');
  const last = all[all.length - 1] ?? el.closest<HTMLElement>('[data-at]');
  return last ? Number(last.dataset.at) + (last.textContent?.length ?? 0) : null;
}

/** The selected stretch of `text` inside `root`, trimmed of spaces; null when nothing of it is selected. */
export function selectedSpan(root: HTMLElement, selection: Selection | null, text: string): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  let start = pointOffset(range.startContainer, range.startOffset);
  let end = pointOffset(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  if (start > end) [start, end] = [end, start];
  start = Math.max(0, start);
  end = Math.min(text.length, end);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
