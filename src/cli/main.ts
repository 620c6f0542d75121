import { bundleCommand } from './bundle-command.ts';
import type { Command } from './command.ts';
import { exportCommand } from './export-command.ts';
import { extractCommand } from './extract-command.ts';
import { tagCommand } from './tag-command.ts';

const commands: Record<string, Command> = {
  extract: extractCommand,
  tag: tagCommand,
  export: exportCommand,
  bundle: bundleCommand,
};

const usage = `bantin: clip, tag and bundle Vietnamese customs news from saved pages

  bantin extract [--url URL] [--out DIR] FILE...     article from saved HTML pages
  bantin tag [--out DIR] FILE...                     entities in .txt or .html files
  bantin bundle --out BUNDLE.json FILE...            extract, tag and bundle saved pages
  bantin export --format FORMAT [--out FILE] BUNDLE.json
        FORMAT: html | md | docx | csv | figures-csv | csl-json | ris | ndjson
`;

/** Runs one command; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`bantin: unknown command "${name}"\n\n${usage}`);
    return 2;
  }
  return command(rest);
}
