import { describe, it } from 'vitest';
import { chromiumMissing, MISSING_CHROMIUM_MESSAGE } from './chromium.ts';

/**
 * A describe block that needs Chromium. Without it, a developer's run skips
 * the block and says why; on CI (CI set) the block is one failing test that
 * says what is missing, so a bare machine can never pass the suite silently.
 */
export function describeEndToEnd(name: string, body: () => void): void {
  if (!chromiumMissing()) {
    describe(name, body);
    return;
  }
  if (process.env['CI']) {
    describe(name, () => {
      it('has Chromium to run in', () => {
        throw new Error(MISSING_CHROMIUM_MESSAGE);
      });
    });
    return;
  }
  console.warn(`Skipping "${name}": ${MISSING_CHROMIUM_MESSAGE}`);
  describe.skip(name, body);
}
