import type { BundleGrouping, BundleItem, BundleSection, ExportedClip } from '../schemas/index.ts';
import { canonicalSpelling } from '../text/fold.ts';
import { activeEntities } from './active-entities.ts';
import { clipSite } from './clip-site.ts';

export interface GroupOptions {
  /** The items to group (their notes and folded copies travel along); default one item per clip, in clip order. */
  items?: BundleItem[];
  /** Title of the section for clips with no campaign/unit/site. Vietnamese default; the UI may translate. */
  otherTitle?: string;
  /** Title of the one section of a manual bundle. */
  manualTitle?: string;
}

export const OTHER_SECTION_ID = 'other';
export const MANUAL_SECTION_ID = 'main';

/**
 * The one key a clip files under: its most prominent campaign or unit (most
 * mentions, then the earliest first mention, then alphabetical), or its site.
 * Tone variants of a value (Hoà/Hòa) count as one.
 */
export function sectionKeyOf(clip: ExportedClip, grouping: Exclude<BundleGrouping, 'manual'>): string | null {
  if (grouping === 'site') return clipSite(clip) || null;
  const tally = new Map<string, { title: string; count: number; first: number }>();
  for (const e of activeEntities(clip)) {
    if (e.type !== grouping) continue;
    const title = e.value.normalize('NFC').trim();
    // The key merges tone variants (Hoà/Hòa); the title keeps the first spelling seen.
    const key = canonicalSpelling(title);
    if (!key) continue;
    const t = tally.get(key);
    if (t) t.count++;
    else tally.set(key, { title, count: 1, first: e.start });
  }
  const best = [...tally.values()].sort(
    (a, b) => b.count - a.count || a.first - b.first || a.title.localeCompare(b.title, 'vi'),
  )[0];
  return best?.title ?? null;
}

/**
 * Sections of a bundle, grouped by campaign, unit or site (`manual` keeps one
 * section). Items keep their relative order inside a section; sections are in
 * Vietnamese alphabetical order with the "Khác" section last, so the same
 * clips always give the same bundle.
 */
export function groupIntoSections(
  clips: ExportedClip[],
  grouping: BundleGrouping,
  options: GroupOptions = {},
): BundleSection[] {
  const items = options.items ?? clips.map((c) => ({ clipId: c.id, note: '', alsoClipIds: [] }));
  if (grouping === 'manual') {
    return items.length ? [{ id: MANUAL_SECTION_ID, title: options.manualTitle ?? '', items: [...items] }] : [];
  }
  const byId = new Map(clips.map((c) => [c.id, c]));
  const groups = new Map<string, BundleItem[]>();
  const other: BundleItem[] = [];
  for (const item of items) {
    const clip = byId.get(item.clipId);
    const key = clip ? sectionKeyOf(clip, grouping) : null;
    if (key === null) {
      other.push(item);
      continue;
    }
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const sections: BundleSection[] = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'vi') || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, list]) => ({ id: `${grouping}:${key}`, title: key, items: list }));
  if (other.length) sections.push({ id: OTHER_SECTION_ID, title: options.otherTitle ?? 'Khác', items: other });
  return sections;
}
