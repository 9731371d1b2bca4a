import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['{shared,electron,renderer,test}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Each test file writes its temporary files into a folder of its own, removed when the file ends.
    setupFiles: ['test/helpers/tempRoot.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The end-to-end suites start servers and browsers: keep them from starving each other on 2 cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
