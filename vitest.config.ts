import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // On GitHub, failures become annotations and a JSON report feeds the pull-request summary.
    reporters: process.env['GITHUB_ACTIONS'] ? ['default', 'github-actions', ['json', { outputFile: 'test-results.json' }]] : ['default'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      // Unit tests need nothing built.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Tests over dist/ and in Chromium, against `astro preview` of the built site.
      { extends: true, test: { name: 'site', include: ['tests/{build,browser}/**/*.test.ts'], globalSetup: ['tests/setup/preview.ts'] } },
      // Lighthouse measures speed, so it runs alone, after everything else.
      {
        extends: true,
        test: { name: 'lighthouse', include: ['tests/lighthouse/**/*.test.ts'], globalSetup: ['tests/setup/preview.ts'], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
