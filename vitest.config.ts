import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Serves the built dist/ for the browser tests; build tests read dist/ from disk.
    globalSetup: ['tests/setup/preview.ts'],
    // On GitHub, failures become annotations and a JSON report feeds the pull-request summary.
    reporters: process.env['GITHUB_ACTIONS'] ? ['default', 'github-actions', ['json', { outputFile: 'test-results.json' }]] : ['default'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
