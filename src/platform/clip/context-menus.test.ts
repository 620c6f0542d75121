import { describe, expect, it } from 'vitest';
import { installContextMenus, menuClipRequest } from './context-menus.ts';
import { fakeMenus } from './testing/fake-tabs.ts';

describe('context menus', () => {
  it('offers both entries with titles in the UI language, and can be installed again', async () => {
    const { menus, items } = fakeMenus();
    await installContextMenus(menus, 'vi');
    expect(items).toEqual([
      { id: 'bantin-clip-page', title: 'Kẹp bài này', contexts: ['page'] },
      { id: 'bantin-clip-selection', title: 'Kẹp đoạn đã chọn', contexts: ['selection'] },
    ]);
    await installContextMenus(menus, 'en');
    expect(items.map((i) => i.title)).toEqual(['Clip this article', 'Clip the selected text']);
  });

  it('turns a click into a clip request, with the page address of the click', () => {
    expect(menuClipRequest({ menuItemId: 'bantin-clip-selection', pageUrl: 'https://a.vn/x' }, { id: 3 })).toEqual({
      tab: { id: 3, url: 'https://a.vn/x' },
      mode: 'selection',
    });
    expect(menuClipRequest({ menuItemId: 'bantin-clip-page' }, { id: 3, url: 'https://b.vn/y', title: 'B' })).toEqual({
      tab: { id: 3, url: 'https://b.vn/y', title: 'B' },
      mode: 'page',
    });
    expect(menuClipRequest({ menuItemId: 'someone-else' }, { id: 3 })).toBeUndefined();
    expect(menuClipRequest({ menuItemId: 'bantin-clip-page' }, undefined)).toBeUndefined();
  });
});
