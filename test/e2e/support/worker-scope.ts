// What the suite reaches in the extension's service worker: the e2e build's
// shortcut handler and the few `chrome.*` calls the support code makes there.

export interface WorkerTab {
  id?: number;
  url?: string;
  title?: string;
  windowId?: number;
  index?: number;
  active?: boolean;
}

export interface WorkerScope {
  bantinClipCommand?: (command: string, tab?: WorkerTab) => Promise<unknown> | undefined;
  chrome: {
    tabs: {
      query(query: Record<string, unknown>): Promise<WorkerTab[]>;
      create(properties: { url: string; active?: boolean; windowId?: number; index?: number }): Promise<WorkerTab>;
    };
  };
}
