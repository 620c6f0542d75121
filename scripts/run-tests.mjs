#!/usr/bin/env node
// `npm test`: builds the extension twice (the production build, and the e2e
// build the end-to-end suite loads: the same plus one host permission for the
// local test server), runs every vitest project, and ends with the one line CI
// reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

mkdirSync('test-output', { recursive: true });
const builds = [
  ['wxt', 'build'],
  ['wxt', 'build', '--mode', 'e2e'],
];
// NODE_ENV=production: a build with a --mode other than "production" would
// otherwise get Vite's development output (Preact's dev JSX and devtools
// hook), and the e2e suite and the bench would test code users never run.
const built = builds.reduce((failures, args) => {
  if (run('npx', args, { NODE_ENV: 'production' }) === 0) return failures;
  console.error(`npm test: \`npx ${args.join(' ')}\` failed; the end-to-end tests will fail.`);
  return failures + 1;
}, 0);

const report = 'test-output/vitest.json';
// The JSON reporter first: on Node 20 vitest's default reporter throws while
// printing failures (Map.groupBy), and the reporters after it never finish.
run('npx', ['vitest', 'run', '--reporter=json', `--outputFile.json=${report}`, '--reporter=default', ...process.argv.slice(2)], {
  TZ: 'UTC',
});

let passed = 0;
let failed = built;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numRuntimeErrorTests ?? 0);
  // A file that failed to load, or whose beforeAll failed, has no failed test
  // to count (its tests are skipped) but did fail.
  const failedFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'));
  failed += failedFiles.length;
  // The reasons again, short, since the default reporter may not have printed them.
  const failures = (r.testResults ?? []).flatMap((f) => (f.assertionResults ?? []).filter((a) => a.status === 'failed').map((a) => ({ file: f.name, title: a.fullName, message: a.failureMessages?.[0] ?? '' })));
  for (const f of failedFiles) failures.push({ file: f.name, title: '(the file: it did not load, or a hook failed)', message: f.message || 'run `npx vitest run <file>` to see why' });
  if (r.numPendingTests) console.log(`\n${r.numPendingTests} tests skipped (the reason is printed above, e.g. no Chromium for the end-to-end tests).`);
  if (failures.length) console.log('\nFailed:');
  for (const { file, title, message } of failures) {
    console.log(`  ${relative(process.cwd(), file)} > ${title}\n    ${message.split('\n').slice(0, 4).join('\n    ')}`);
  }
} else {
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
