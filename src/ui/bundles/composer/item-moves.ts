import type { Bundle } from '../../../core/schemas/index.ts';
import type { ItemAt } from '../../../platform/bundles/bundle-edits.ts';

/**
 * Where Alt+↑ / Alt+↓ takes an item: one step inside its section, and past
 * a section's edge to the end of the previous section or the start of the
 * next one. Null at the ends of the bundle. The index is the one the item
 * has afterwards, as moveItem expects.
 */
export function keyMoveTarget(bundle: Bundle, at: ItemAt, direction: -1 | 1): ItemAt | null {
  const section = bundle.sections[at.section];
  if (!section) return null;
  if (direction < 0) {
    if (at.index > 0) return { section: at.section, index: at.index - 1 };
    const previous = bundle.sections[at.section - 1];
    return previous ? { section: at.section - 1, index: previous.items.length } : null;
  }
  if (at.index < section.items.length - 1) return { section: at.section, index: at.index + 1 };
  return at.section < bundle.sections.length - 1 ? { section: at.section + 1, index: 0 } : null;
}

/**
 * Where a drop lands: `insertAt` counts positions in the target section as it
 * is during the drag (the dragged item still in place); the result is the
 * index after the item left its old place.
 */
export function dropTarget(from: ItemAt, section: number, insertAt: number): ItemAt {
  return { section, index: section === from.section && from.index < insertAt ? insertAt - 1 : insertAt };
}
