import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings, type SettingsArea, type SettingsChangeEvent } from './settings.ts';

const area = fakeBrowser.storage.local as unknown as SettingsArea;
const changes = fakeBrowser.storage.onChanged as unknown as SettingsChangeEvent;

afterEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults to Vietnamese', async () => {
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.uiLanguage).toBe('vi');
  });

  it('saves a change and keeps the rest', async () => {
    await saveSettings({ digestGrouping: 'unit' }, area);
    expect(await saveSettings({ uiLanguage: 'en' }, area)).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'en', digestGrouping: 'unit' });
    expect(await loadSettings(area)).toMatchObject({ uiLanguage: 'en', digestGrouping: 'unit' });
  });

  it('falls back field by field on unreadable values', async () => {
    await area.set({ settings: { uiLanguage: 'fr', digestGrouping: 'site', reviewAfterClip: 'yes' } });
    expect(await loadSettings(area)).toEqual({ ...DEFAULT_SETTINGS, digestGrouping: 'site' });
    await area.set({ settings: 'garbage' });
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about changes made anywhere', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen, changes);
    await saveSettings({ uiLanguage: 'en' }, area);
    expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ uiLanguage: 'en' }));
    stop();
    await saveSettings({ uiLanguage: 'vi' }, area);
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
