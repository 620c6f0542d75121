import { foldSameStory } from '../../core/export/fold-same-story.ts';
import { groupIntoSections } from '../../core/export/group-into-sections.ts';
import type { Bundle, BundleGrouping, BundleItem, BundleSection, ExportedClip } from '../../core/schemas/index.ts';

// The edits an editor makes to a bundle, as pure functions from one bundle to
// the next (the composer keeps them for undo and autosaves the result).
// `updatedAt` is left to the repository, which owns the clock.

/** Section titles in the user's language ("Khác" / "Other"). */
export interface SectionTitles {
  other: string;
  manual: string;
}

/** Where an item stands: section index and index inside it. */
export interface ItemAt {
  section: number;
  index: number;
}

/** Every item in reading order. */
export function allItems(bundle: Pick<Bundle, 'sections'>): BundleItem[] {
  return bundle.sections.flatMap((s) => s.items);
}

/** How many items (folded copies not counted). */
export function itemCount(bundle: Pick<Bundle, 'sections'>): number {
  return bundle.sections.reduce((n, s) => n + s.items.length, 0);
}

/** The clip ids a bundle holds, items and folded copies. */
export function heldClipIds(bundle: Pick<Bundle, 'sections'>): Set<string> {
  return new Set(allItems(bundle).flatMap((i) => [i.clipId, ...i.alsoClipIds]));
}

/** The bundle grouped anew; items keep their reading order, notes and folded copies. */
export function regroup(bundle: Bundle, clips: ExportedClip[], grouping: BundleGrouping, titles: SectionTitles): Bundle {
  const sections = groupIntoSections(clips, grouping, { items: allItems(bundle), otherTitle: titles.other, manualTitle: titles.manual });
  return { ...bundle, grouping, sections };
}

function updateItem(bundle: Bundle, at: ItemAt, change: (item: BundleItem) => BundleItem | null): Bundle {
  const sections = bundle.sections.map((s, si) => {
    if (si !== at.section) return s;
    const items = s.items.flatMap((item, ii) => (ii === at.index ? [change(item)].filter((x): x is BundleItem => x !== null) : [item]));
    return { ...s, items };
  });
  return { ...bundle, sections: sections.filter((s, si) => si !== at.section || s.items.length > 0) };
}

export function setItemNote(bundle: Bundle, at: ItemAt, note: string): Bundle {
  return updateItem(bundle, at, (item) => ({ ...item, note }));
}

/** The bundle without one item (a section left empty goes too), and what was removed, for undo. */
export function removeItemAt(bundle: Bundle, at: ItemAt): { bundle: Bundle; removed: BundleItem | undefined } {
  const removed = bundle.sections[at.section]?.items[at.index];
  return { bundle: removed ? updateItem(bundle, at, () => null) : bundle, removed };
}

/** Puts a removed item back where it stood (its section recreated if it went). */
export function restoreItem(bundle: Bundle, at: ItemAt, item: BundleItem, section: Pick<BundleSection, 'id' | 'title'>): Bundle {
  const sections = bundle.sections.map((s) => ({ ...s, items: [...s.items] }));
  let target = sections.findIndex((s) => s.id === section.id);
  if (target < 0) {
    target = Math.min(at.section, sections.length);
    sections.splice(target, 0, { ...section, items: [] });
  }
  const items = sections[target]!.items;
  items.splice(Math.min(at.index, items.length), 0, item);
  return { ...bundle, sections };
}

/** A folded copy taken out of its item, standing right after it on its own. */
export function unfoldCopy(bundle: Bundle, at: ItemAt, copyId: string): Bundle {
  const sections = bundle.sections.map((s, si) => {
    if (si !== at.section) return s;
    const items = [...s.items];
    const item = items[at.index];
    if (!item || !item.alsoClipIds.includes(copyId)) return s;
    items.splice(at.index, 1, { ...item, alsoClipIds: item.alsoClipIds.filter((id) => id !== copyId) }, { clipId: copyId, note: '', alsoClipIds: [] });
    return { ...s, items };
  });
  return { ...bundle, sections };
}

/**
 * The bundle with clips added. A clip already held is skipped; a new copy of
 * a story the bundle holds folds into that item; the rest file under their
 * section (grouped bundles) or at the end (manual), so the editor's order and
 * deliberate splits stay as they are. `clips` must hold the bundle's clips too.
 */
export function withClipsAdded(bundle: Bundle, clips: ExportedClip[], clipIds: readonly string[], titles: SectionTitles): Bundle {
  const existing = allItems(bundle);
  const held = heldClipIds(bundle);
  const known = new Set(clips.map((c) => c.id));
  const fresh = [...new Set(clipIds)].filter((id) => !held.has(id) && known.has(id)).map((clipId) => ({ clipId, note: '', alsoClipIds: [] }));
  if (!fresh.length) return bundle;
  const freshIds = new Set(fresh.map((f) => f.clipId));
  const extraFor = new Map<string, string[]>();
  const heads: BundleItem[] = [];
  // Folded heads are the earliest item of a story, so an old item always heads a story it shares.
  for (const head of foldSameStory([...existing, ...fresh], clips)) {
    const added = head.alsoClipIds.filter((id) => freshIds.has(id));
    if (freshIds.has(head.clipId)) heads.push({ ...head, alsoClipIds: added });
    else if (added.length) extraFor.set(head.clipId, added);
  }
  const sections = bundle.sections.map((s) => ({
    ...s,
    items: s.items.map((i) => (extraFor.has(i.clipId) ? { ...i, alsoClipIds: [...i.alsoClipIds, ...extraFor.get(i.clipId)!] } : i)),
  }));
  if (!heads.length) return { ...bundle, sections };
  if (bundle.grouping === 'manual') {
    const last = sections.at(-1);
    if (last) last.items.push(...heads);
    else sections.push(...groupIntoSections(clips, 'manual', { items: heads, manualTitle: titles.manual }));
    return { ...bundle, sections };
  }
  for (const added of groupIntoSections(clips, bundle.grouping, { items: heads, otherTitle: titles.other })) {
    const same = sections.find((s) => s.id === added.id);
    if (same) same.items.push(...added.items);
    else {
      const other = sections.findIndex((s) => s.id === 'other');
      sections.splice(other < 0 ? sections.length : other, 0, added);
    }
  }
  return { ...bundle, sections };
}
