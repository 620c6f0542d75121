import type { Command } from './command.ts';

// Placeholder until the bundle command lands.
export const bundleCommand: Command = async () => {
  process.stderr.write('bantin bundle: not implemented yet\n');
  return 1;
};
