import type { Command } from './command.ts';

// Placeholder until the tag command lands.
export const tagCommand: Command = async () => {
  process.stderr.write('bantin tag: not implemented yet\n');
  return 1;
};
