import type { SchemaVersion } from './schema-version.ts';
import { v1 } from './versions/v1.ts';
import { v2 } from './versions/v2.ts';

/** The schema history, oldest first. Adding a version: one file, one line here. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1, v2];
