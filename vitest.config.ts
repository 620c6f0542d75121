import { defineConfig } from 'vitest/config';
import './test/setup/node20-polyfills.ts';

// Tests see the world as the corpus fixtures do: no network, UTC clock.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    setupFiles: ['./test/setup/node20-polyfills.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Component tests render real pages; on a busy two-core CI machine
          // a few take seconds. Behaviour is asserted, never time.
          testTimeout: 20_000,
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          // One Chromium at a time on a two-core machine.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
