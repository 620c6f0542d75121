import { vi } from 'vitest';
import { parseHtml } from '../../../cli/load-page.ts';
import type { ActionPort, MenusPort, ScriptingPort, TabInfo, TabsPort } from '../browser-ports.ts';
import { captureDocument, type PageSelection } from '../capture-document.ts';

// Tabs that hold pages, and an executeScript that runs what the built
// extract script runs (captureDocument) on them, in Node through linkedom.

export interface FakePage {
  url: string;
  title?: string;
  html: string;
  selection?: PageSelection | null;
}

export function fakeTabs() {
  const pages = new Map<number, FakePage>();
  let active: number | undefined;
  const tabInfo = (id: number): TabInfo => {
    const page = pages.get(id);
    return { id, url: page?.url, title: page?.title ?? '' };
  };
  const tabs: TabsPort = {
    get: vi.fn(async (id: number) => {
      if (!pages.has(id)) throw new Error(`No tab with id: ${id}`);
      return tabInfo(id);
    }),
    query: vi.fn(async () => (active === undefined ? [] : [tabInfo(active)])),
  };
  const scripting = {
    executeScript: vi.fn(async ({ target }: { target: { tabId: number }; files: string[] }) => {
      const page = pages.get(target.tabId);
      if (!page || !/^https?:/.test(page.url)) throw new Error('Cannot access contents of the page.');
      const document = parseHtml(page.html, page.url);
      return [{ result: structuredClone(captureDocument(document, page.url, page.selection ?? null)) }];
    }),
  } satisfies ScriptingPort;
  return {
    tabs,
    scripting,
    open(id: number, page: FakePage, makeActive = true) {
      pages.set(id, page);
      if (makeActive) active = id;
      return { id, url: page.url, title: page.title ?? '' };
    },
    close(id: number) {
      pages.delete(id);
      if (active === id) active = undefined;
    },
  };
}

export function fakeMenus() {
  const items: { id: string; title: string; contexts: string[] }[] = [];
  const menus: MenusPort = {
    removeAll: vi.fn(async () => {
      items.length = 0;
    }),
    create: vi.fn((p) => {
      if (items.some((i) => i.id === p.id)) throw new Error(`duplicate id ${p.id}`);
      items.push(p);
      return p.id;
    }),
  };
  return { menus, items };
}

export type { ActionPort };
