import type { Command } from './command.ts';

// Placeholder until the extract command lands.
export const extractCommand: Command = async () => {
  process.stderr.write('bantin extract: not implemented yet\n');
  return 1;
};
