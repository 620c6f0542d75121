import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The saved corpus pages (test/pages/<fixture>/source.html, written by the
// extraction work) that the suite and the demo clip, and what they expect.

export const PAGES_DIR = join(import.meta.dirname, '..', '..', 'pages');

/** Three customs stories from three sites, the sample the demo's digest is made of. */
export const SAMPLE_PAGES = ['haiquanonline-seed-003', 'baolangson-seed-001', 'thoibaotaichinhvietnam-seed-000'] as const;

/** The page copied under another site's layout for the same-story check. */
export const SYNDICATED_SOURCE = 'baolangson-seed-001';

export function corpusPage(fixture: string): string | undefined {
  const file = join(PAGES_DIR, fixture, 'source.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The article fields the extractor gives for a fixture (expected.json). */
export function expectedArticle(fixture: string): { title: string; lead: string; text: string } {
  return JSON.parse(readFileSync(join(PAGES_DIR, fixture, 'expected.json'), 'utf8')) as { title: string; lead: string; text: string };
}

export function expectedSiteName(fixture: string): string {
  const metadata = JSON.parse(readFileSync(join(PAGES_DIR, fixture, 'expected-metadata.json'), 'utf8')) as { siteName: string };
  return metadata.siteName;
}
