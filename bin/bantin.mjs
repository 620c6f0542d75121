#!/usr/bin/env node
// The `bantin` command: the core ring run in Node on saved files.
// The sources are TypeScript; tsx compiles them on the fly, so the command
// line always runs exactly the code the extension and the tests run.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
