import { existsSync } from 'node:fs';

// Debian's Chromium (`apt-get install chromium`), which CI installs. Without
// it, a developer's `npm test` skips the end-to-end files and says why; CI
// (CI=true) counts a missing browser as a failure (describe-end-to-end.ts).

export const CHROMIUM_PATH = process.env['BANTIN_CHROMIUM'] ?? '/usr/bin/chromium';

export const chromiumMissing = (): boolean => !existsSync(CHROMIUM_PATH);

export const MISSING_CHROMIUM_MESSAGE = `${CHROMIUM_PATH} not found: the end-to-end tests and the demo run in Debian's Chromium (sudo apt-get install chromium).`;
