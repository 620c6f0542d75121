import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Where the built extensions are. The suite and the demo load the e2e build
// (`npx wxt build --mode e2e`): the production build plus one host permission
// for the local test server, since no script can give the user gesture that
// grants activeTab.

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
export const E2E_BUILD_DIR = join(REPO_ROOT, '.output', 'chrome-mv3-e2e');
export const PRODUCTION_BUILD_DIR = join(REPO_ROOT, '.output', 'chrome-mv3');

/** The e2e build to load (BANTIN_E2E_EXTENSION overrides, e.g. a copy kept apart from other builds). */
export function e2eExtensionDir(): string {
  return process.env['BANTIN_E2E_EXTENSION'] ?? E2E_BUILD_DIR;
}

export interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  [key: string]: unknown;
}

export function readManifest(dir: string): Manifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No built extension at ${dir}: run \`npx wxt build --mode e2e\` (npm test and npm run demo do it).`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}
