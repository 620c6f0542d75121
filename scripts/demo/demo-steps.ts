// The demo as named steps: each says what it does, how long it took, and, if
// it fails, stops everything with its name and the reason.

export class DemoFailure extends Error {
  constructor(
    readonly step: string,
    readonly reason: unknown,
  ) {
    super(`${step}: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}

/** Whether the current step's line still waits for its "done". */
let lineOpen = false;

export async function step<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const started = Date.now();
  process.stdout.write(`• ${name}… `);
  lineOpen = true;
  try {
    const result = await work();
    const took = `done (${((Date.now() - started) / 1000).toFixed(1)} s)`;
    console.log(lineOpen ? took : `  ${took}`);
    return result;
  } catch (error) {
    console.log(lineOpen ? 'FAILED' : '  FAILED');
    throw new DemoFailure(name, error);
  } finally {
    lineOpen = false;
  }
}

/** A line under the current step (what was clipped, where a file went). */
export function detail(text: string): void {
  if (lineOpen) process.stdout.write('\n');
  lineOpen = false;
  console.log(`    ${text}`);
}
