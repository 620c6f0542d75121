// The few extension APIs the clip pipeline uses, as narrow interfaces: the
// background passes `browser.*`, tests pass the fake browser or small fakes.

export interface TabInfo {
  id?: number;
  url?: string;
  title?: string;
}

export interface ScriptingPort {
  executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[] | undefined>;
}

export interface TabsPort {
  get(tabId: number): Promise<TabInfo>;
  query(query: { active: true; lastFocusedWindow: true }): Promise<TabInfo[]>;
}

export interface ActionPort {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

export interface MenusPort {
  removeAll(): Promise<void>;
  create(properties: { id: string; title: string; contexts: ('page' | 'selection')[] }): unknown;
}
