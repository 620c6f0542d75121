import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, chromiumMissing, MISSING_CHROMIUM_MESSAGE } from './chromium.ts';
import { e2eExtensionDir, readManifest } from './extension-build.ts';

// One Chromium with the built extension loaded, in a profile of its own.
// Headless unless asked otherwise (the demo shows the browser where a display
// exists). Hosts other than 127.0.0.1 resolve to nothing: the corpus pages
// name images and scripts on their real sites, and there is no network.

export interface Bantin {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  /** The background service worker (woken if the browser stopped it). */
  worker(): Promise<Worker>;
  /** Opens an extension page in a new tab and waits for it to load. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  /** A fresh temporary profile when absent (removed on close). */
  userDataDir?: string;
  headed?: boolean;
  /** More Chromium flags (the benchmark asks for precise memory figures and gc). */
  args?: string[];
}

export async function launchBantin(options: LaunchOptions = {}): Promise<Bantin> {
  if (chromiumMissing()) throw new Error(MISSING_CHROMIUM_MESSAGE);
  const dir = options.extensionDir ?? e2eExtensionDir();
  readManifest(dir);
  const ownProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'bantin-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: { width: 1280, height: 860 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
    args: [
      // Headless Chromium sometimes never lays out a sandboxed iframe placed in a
      // process of its own (the composer's digest preview stays blank); in the
      // page's process the frame keeps its sandbox: no script, an opaque origin.
      ...(options.headed ? [] : ['--headless=new', '--disable-features=IsolateSandboxedIframes']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...(options.args ?? []),
    ],
  });
  try {
    const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(first.url()).host;
    const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
    const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);

    const bantin: Bantin = {
      context,
      extensionId,
      userDataDir,
      extensionUrl,
      async worker() {
        const alive = context.serviceWorkers().find(ours);
        if (alive) return alive;
        // A stopped worker starts again on any extension event; a page of the extension asking it something is one.
        const waiting = context.waitForEvent('serviceworker', { predicate: ours, timeout: 30_000 });
        const page = await context.newPage();
        await page.goto(extensionUrl('popup.html'));
        const worker = await waiting;
        await page.close();
        return worker;
      },
      async openExtensionPage(path) {
        const page = await context.newPage();
        await page.goto(extensionUrl(path), { waitUntil: 'load' });
        return page;
      },
      async close() {
        await context.close().catch(() => undefined);
        if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
      },
    };
    return bantin;
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}
