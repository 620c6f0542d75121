import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The extract core is injected into the clipped page as one script: it must
// stay small and must not drag in zod or franc (validation and language
// detection run in the background, not in the page).
describe('the injected extract script', () => {
  it('stays within 60,000 bytes minified and bundles neither zod nor franc', async () => {
    const result = await build({
      stdin: {
        contents: "import { extractArticle, extractSelection } from './index.ts'; globalThis.bantinExtract = { extractArticle, extractSelection };",
        resolveDir: import.meta.dirname,
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'iife',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => /zod|franc|linkedom/.test(i))).toEqual([]);
    expect(inputs.some((i) => i.includes('Readability.js'))).toBe(true);
    // Decimal 60 KB; Readability alone is about 32.8 KB of it.
    expect(result.outputFiles[0]!.contents.length).toBeLessThanOrEqual(60_000);
  });
});
