import { BundleFileSchema, type BundleFile } from '../schemas/index.ts';

/**
 * The JSON text of a bundle file (a colleague's bundle or a full backup).
 * It goes through the schema on the way out, so a file Bantin writes is
 * always one Bantin reads back; an invalid file throws the schema's error
 * rather than produce something a colleague cannot import. Indented unless
 * `compact`: indenting thousands of clips makes the file about half as large
 * again (and slower to write) for no reader but a person opening it.
 */
export function serializeBundleFile(file: BundleFile, options: { compact?: boolean } = {}): string {
  return `${JSON.stringify(BundleFileSchema.parse(file), null, options.compact ? undefined : 2)}\n`;
}
