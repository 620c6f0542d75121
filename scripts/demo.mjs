#!/usr/bin/env node
// `npm run demo [-- --no-build]`: runs scripts/demo/run-demo.ts through tsx (the demo reuses
// the end-to-end support code, which is TypeScript).
import { spawnSync } from 'node:child_process';

const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo/run-demo.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
