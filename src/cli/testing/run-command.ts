import { vi } from 'vitest';
import type { Command } from '../command.ts';

export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command with standard output and error captured: its exit code and what it wrote. */
export async function runCommand(command: Command, argv: string[]): Promise<CommandRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await command(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
