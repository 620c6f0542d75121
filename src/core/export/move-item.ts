import type { Bundle } from '../schemas/index.ts';

/** Where an item stands: its section and its index inside that section. */
export interface ItemPosition {
  section: number;
  index: number;
}

/**
 * Moves one item (drag and drop, or Alt+↑/↓ in the UI) and returns a new
 * bundle; the given one is not touched. `to.index` is the index the item has
 * afterwards in its target section (clamped to the ends), so moving down by
 * one inside a section is `{ index: from.index + 1 }`. An impossible move
 * returns the same bundle object, which lets the UI skip a save. `updatedAt`
 * is left to the caller, which owns the clock.
 */
export function moveItem(bundle: Bundle, from: ItemPosition, to: ItemPosition): Bundle {
  const source = bundle.sections[from.section];
  const item = source?.items[from.index];
  const target = bundle.sections[to.section];
  if (!source || !item || !target) return bundle;
  const sections = bundle.sections.map((s) => ({ ...s, items: [...s.items] }));
  sections[from.section]!.items.splice(from.index, 1);
  const dest = sections[to.section]!.items;
  const index = Math.max(0, Math.min(to.index, dest.length));
  if (from.section === to.section && index === from.index) return bundle;
  dest.splice(index, 0, item);
  return { ...bundle, sections };
}
