import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, each with its own environment; `vitest run` (and so `npm test`) runs all three,
 * `vitest run --project unit` one of them.
 * - unit: the core and the Node side, in Node.
 * - component: the React UI in jsdom, on the real core over a temporary library (test/setup/component.ts).
 * - e2e: the real UI in Chromium through the browser host, and the packed app (test/e2e, test/desktop).
 */
/** Each test file writes its temporary files into a folder of its own, removed when the file ends. */
const TEMP_ROOT = 'test/helpers/tempRoot.ts';
const E2E = ['test/**/*.e2e.test.ts', 'test/desktop/packaging.test.ts'];

export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The end-to-end suites start servers and browsers: keep them from starving each other on 2 cores.
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['{shared,electron,test}/**/*.test.ts'], exclude: E2E, setupFiles: [TEMP_ROOT] },
      },
      {
        extends: true,
        test: { name: 'component', environment: 'jsdom', include: ['renderer/**/*.test.{ts,tsx}', 'test/**/*.test.tsx'], setupFiles: [TEMP_ROOT, 'test/setup/component.ts'] },
      },
      {
        extends: true,
        // A busy two-core machine runs a browser, a host and the app's workers at once: give each test time to finish.
        test: { name: 'e2e', environment: 'node', include: E2E, setupFiles: [TEMP_ROOT], testTimeout: 120_000 },
      },
    ],
  },
});
