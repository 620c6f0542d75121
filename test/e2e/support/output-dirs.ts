import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './extension-build.ts';

// Where the suite leaves what a person (or CI, which keeps test-output/) may
// want to look at: screenshots and the downloaded exports.

export const TEST_OUTPUT = join(REPO_ROOT, 'test-output');

export function outputDir(...parts: string[]): string {
  const dir = join(TEST_OUTPUT, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export const screenshotPath = (name: string): string => join(outputDir('screenshots'), `${name}.png`);
