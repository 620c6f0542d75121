import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleBundleFile } from '../core/export/__fixtures__/example-bundle.ts';
import { serializeBundleFile } from '../core/export/serialize-bundle-file.ts';
import { toRis } from '../core/export/to-ris.ts';
import { main } from './main.ts';
import { runCommand } from './testing/run-command.ts';

const run = (...argv: string[]) => runCommand(main, argv);

describe('bantin', () => {
  it('runs the command named first with the arguments after it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bantin-main-')), 'b.json');
    writeFileSync(path, serializeBundleFile({ ...exampleBundleFile, bundles: [] }));
    const r = await run('export', '--format', 'ris', path);
    expect(r).toEqual({ code: 0, stdout: toRis(exampleBundleFile.clips), stderr: '' });
  });

  it('prints the usage: on --help with success, without a command or with an unknown one as an error', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('bantin export --format FORMAT');
    expect((await run()).code).toBe(2);
    const unknown = await run('clip', 'x.html');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "clip"');
  });
});
