import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildDigest } from '../core/export/build-digest.ts';
import { bundleClips } from '../core/export/bundle-clips.ts';
import { parseBundleFile, type ParseBundleError } from '../core/export/parse-bundle-file.ts';
import { renderDigestHtml } from '../core/export/render-digest-html.ts';
import { renderDigestMarkdown } from '../core/export/render-digest-markdown.ts';
import { toClipsCsv } from '../core/export/to-clips-csv.ts';
import { toCslJson } from '../core/export/to-csl-json.ts';
import { toFiguresCsv } from '../core/export/to-figures-csv.ts';
import { toNdjson } from '../core/export/to-ndjson.ts';
import { toRis } from '../core/export/to-ris.ts';
import type { BundleFile, ExportedClip } from '../core/schemas/index.ts';
import type { Command } from './command.ts';

// `bantin export`: a JSON bundle file into a digest (html, md, docx) or a
// data file of the bundle's clips (csv, figures-csv, csl-json, ris, ndjson).

const FORMATS = ['html', 'md', 'docx', 'csv', 'figures-csv', 'csl-json', 'ris', 'ndjson'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `usage: bantin export --format ${FORMATS.join('|')} [--out FILE] [--bundle ID] [--index NAME] BUNDLE.json
  digests (html, md, docx) show one bundle: the first in the file, or --bundle ID;
  the other formats hold every clip of that bundle (every clip of a file without bundles).
  Without --out the export goes to standard output (docx needs --out).
`;

const WHY: Record<ParseBundleError, string> = {
  'not-json': 'is not a JSON file',
  truncated: 'is cut off (the file ends in the middle: download or copy it again)',
  'not-a-bundle': 'is JSON but not a Bantin bundle',
  'newer-version': 'was written by a newer Bantin: update Bantin to read it',
  invalid: 'is a Bantin bundle with invalid content',
};

const fail = (message: string, code = 1) => {
  process.stderr.write(`bantin export: ${message}\n`);
  return code;
};

async function render(format: Format, file: BundleFile, bundleId: string | undefined, index: string | undefined): Promise<string | Uint8Array | Error> {
  const bundle = bundleId ? file.bundles.find((b) => b.id === bundleId) : file.bundles[0];
  if (bundleId && !bundle) return new Error(`no bundle "${bundleId}" in the file (it has: ${file.bundles.map((b) => b.id).join(', ') || 'none'})`);
  const clips: ExportedClip[] = bundle ? bundleClips(bundle, file.clips) : file.clips;
  switch (format) {
    case 'csv': return toClipsCsv(clips);
    case 'figures-csv': return toFiguresCsv(clips);
    case 'csl-json': return toCslJson(clips);
    case 'ris': return toRis(clips);
    case 'ndjson': return toNdjson(clips, { index });
  }
  if (!bundle) return new Error('the file holds no bundle to make a digest of');
  const digest = buildDigest(bundle, file.clips);
  if (format === 'html') return renderDigestHtml(digest);
  if (format === 'md') return renderDigestMarkdown(digest);
  // The Word writer (docx) is the heaviest module of the command line: loaded for --format docx only.
  const { renderDigestDocx } = await import('../core/export/render-digest-docx.ts');
  return renderDigestDocx(digest);
}

export const exportCommand: Command = async (argv) => {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, bundle: { type: 'string' }, index: { type: 'string' } },
    });
  } catch (e) {
    return fail(`${(e as Error).message}\n${USAGE}`, 2);
  }
  const { format, out, bundle, index } = args.values;
  if (!format || !(FORMATS as readonly string[]).includes(format)) return fail(`--format must be one of ${FORMATS.join(', ')}\n${USAGE}`, 2);
  if (args.positionals.length !== 1) return fail(`give exactly one bundle file\n${USAGE}`, 2);
  if (format === 'docx' && !out) return fail('docx is a binary file: give --out FILE.docx', 2);
  const path = args.positionals[0]!;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return fail(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const parsed = parseBundleFile(text);
  if (!parsed.ok) return fail(`${path} ${WHY[parsed.error]}${parsed.detail ? ` (${parsed.detail})` : ''}`);
  const result = await render(format as Format, parsed.file, bundle, index);
  if (result instanceof Error) return fail(result.message);
  if (!out) {
    process.stdout.write(result);
    return 0;
  }
  try {
    await writeFile(out, result);
  } catch (e) {
    return fail(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return 0;
};
