import { BundleFileSchema, type BundleFile } from '../schemas/index.ts';

/**
 * The JSON text of a bundle file (a colleague's bundle or a full backup).
 * It goes through the schema on the way out, so a file Bantin writes is
 * always one Bantin reads back; an invalid file throws the schema's error
 * rather than produce something a colleague cannot import.
 */
export function serializeBundleFile(file: BundleFile): string {
  return `${JSON.stringify(BundleFileSchema.parse(file), null, 2)}\n`;
}
