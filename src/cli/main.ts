import type { Command } from './command.ts';

// Each command is loaded when it is run: the extractor (linkedom, Readability),
// the tagger's gazetteer and the Word writer are each needed by some commands
// only, and every run of `bantin` would otherwise load (and compile) them all.
const commands: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./extract-command.ts')).extractCommand,
  tag: async () => (await import('./tag-command.ts')).tagCommand,
  export: async () => (await import('./export-command.ts')).exportCommand,
  bundle: async () => (await import('./bundle-command.ts')).bundleCommand,
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
  const load = commands[name];
  if (!load) {
    process.stderr.write(`bantin: unknown command "${name}"\n\n${usage}`);
    return 2;
  }
  return (await load())(rest);
}
