import { parseArgs } from 'node:util';

type StringOptions<K extends string> = Record<K, { type: 'string'; short?: string }>;

export interface FileArgs<K extends string> {
  values: Partial<Record<K, string>>;
  files: string[];
}

/**
 * The arguments of a command that works on FILE...: its string options, then
 * the files. On a bad option, --help or no file it prints the usage and
 * returns the exit code instead (2, 0, 2).
 */
export function parseFileArgs<K extends string>(command: string, usage: string, argv: string[], options: StringOptions<K>): FileArgs<K> | number {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean' as const, short: 'h' } }, allowPositionals: true });
  } catch (e) {
    process.stderr.write(`bantin ${command}: ${(e as Error).message}\n${usage}`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (!parsed.positionals.length) {
    process.stderr.write(usage);
    return 2;
  }
  return { values: parsed.values as Partial<Record<K, string>>, files: parsed.positionals };
}
