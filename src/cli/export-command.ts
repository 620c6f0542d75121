import type { Command } from './command.ts';

// Placeholder until the export command lands.
export const exportCommand: Command = async () => {
  process.stderr.write('bantin export: not implemented yet\n');
  return 1;
};
