import { browser } from 'wxt/browser';
import { z } from 'zod';
import { BundleGroupingSchema } from '../../core/schemas/index.ts';

// User settings live in browser.storage.local (small, read by every context,
// with change events), not in IndexedDB. Each field falls back to its default
// on its own, so one unreadable value never resets the others.

export const SettingsSchema = z.object({
  /** Language of the interface, menus and badge titles. */
  uiLanguage: z.enum(['vi', 'en']).catch('vi'),
  /** How a new digest groups its items. */
  digestGrouping: BundleGroupingSchema.catch('campaign'),
  /** Which date puts a clip in a digest period (see core/export select-clips-for-query). */
  digestDateField: z.enum(['published', 'clipped', 'either']).catch('either'),
  /** Open the popup's review panel after a clip made from the popup. */
  reviewAfterClip: z.boolean().catch(true),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
export const SETTINGS_KEY = 'settings';

export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SettingsChangeEvent {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
  removeListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
}

const localArea = () => browser.storage.local as unknown as SettingsArea;

/** The settings, with defaults for anything missing or unreadable. */
export async function loadSettings(area: SettingsArea = localArea()): Promise<Settings> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  return SettingsSchema.parse(stored && typeof stored === 'object' ? stored : {});
}

/** Changes some settings; returns them all as stored. */
export async function saveSettings(change: Partial<Settings>, area: SettingsArea = localArea()): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await loadSettings(area)), ...change });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `onChange` with the new settings whenever any context changes them; returns a stop function. */
export function watchSettings(
  onChange: (settings: Settings) => void,
  event: SettingsChangeEvent = browser.storage.onChanged as unknown as SettingsChangeEvent,
): () => void {
  const listener: Parameters<SettingsChangeEvent['addListener']>[0] = (changes, areaName) => {
    const change = changes[SETTINGS_KEY];
    if (areaName !== 'local' || !change) return;
    const value = change.newValue;
    onChange(SettingsSchema.parse(value && typeof value === 'object' ? value : {}));
  };
  event.addListener(listener);
  return () => event.removeListener(listener);
}
