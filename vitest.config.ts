import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Serves the built dist/ for the browser tests; build tests read dist/ from disk.
    globalSetup: ['tests/setup/preview.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
