import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBenchBrowser } from './bench-browser.ts';

// Search over the generated archive in the bench page (search-page.ts, as
// bench-search-chromium.ts runs it in a plain page): our SearchIndex built
// in slices and stored in IndexedDB, queried; MiniSearch built over the same
// docs with the same folding, queried within a time budget; then the
// browser is closed and a new one on the same profile restores the index
// from IndexedDB (the cold load after a browser start).

type Ours = Awaited<ReturnType<typeof import('../search-page.ts').buildOurs>>;
type Cold = Awaited<ReturnType<typeof import('../search-page.ts').coldLoad>>;
type Mini = Awaited<ReturnType<typeof import('../search-page.ts').buildMini>>;

export interface SearchBenchResult {
  clips: number;
  ours: Ours;
  cold?: Cold;
  mini?: Mini;
  miniError?: string;
}

export async function searchBench(extensionDir: string, clips: number, miniBudgetMs: number, log: (s: string) => void): Promise<SearchBenchResult> {
  const profile = mkdtempSync(join(tmpdir(), 'bantin-bench-search-'));
  try {
    const first = await launchBenchBrowser(extensionDir, profile);
    let ours: Ours;
    let mini: Mini | undefined;
    let miniError: string | undefined;
    try {
      log(`  SearchIndex: ${clips.toLocaleString('en')} clips`);
      ours = await first.run('buildOurs', clips);
      log(`  MiniSearch: ${clips.toLocaleString('en')} clips`);
      mini = await first.run('buildMini', clips, miniBudgetMs).catch((error: unknown) => {
        miniError = error instanceof Error ? error.message : String(error);
        return undefined;
      });
    } finally {
      await first.close();
    }
    log('  cold load in a new browser');
    const second = await launchBenchBrowser(extensionDir, profile);
    try {
      const cold = await second.run('coldLoad');
      return { clips, ours, cold, mini, ...(miniError ? { miniError } : {}) };
    } finally {
      await second.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
