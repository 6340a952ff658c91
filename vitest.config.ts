import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Serves the built dist/ for the browser tests; build tests read dist/ from disk.
    globalSetup: ['tests/setup/preview.ts'],
    // On GitHub, failures become annotations and a JSON report feeds the pull-request summary.
    reporters: process.env['GITHUB_ACTIONS'] ? ['default', 'github-actions', ['json', { outputFile: 'test-results.json' }]] : ['default'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'site', include: ['tests/{unit,build,browser}/**/*.test.ts'] } },
      // Lighthouse measures speed, so it runs alone, after everything else.
      { extends: true, test: { name: 'lighthouse', include: ['tests/lighthouse/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
