import { defineConfig } from 'vitest/config';
import { coverageThresholds } from './scripts/lib/coverage.ts';

// Tests live by what they prove (tests/<scenario>/); the file name says what each one needs:
//   *.unit.test.ts      nothing built
//   *.build.test.ts     the built dist/
//   *.rebuild.test.ts   builds of a changed copy of the project, beside the unit and build tests
//   *.browser.test.ts   headless Chromium on `astro preview` of dist/
//   *.lighthouse.test.ts  Lighthouse, last: its four files (two form factors, two halves) side by side
// Groups run one after another, so builds never compete with the browser for the two cores; each
// group keeps both cores busy (the whole run is limited by processor time, not by waiting).
export default defineConfig({
  test: {
    // On GitHub, failures become annotations and a JSON report feeds the pull-request summary.
    reporters: process.env['GITHUB_ACTIONS'] ? ['default', 'github-actions', ['json', { outputFile: 'test-results.json' }]] : ['default'],
    // Limits for a hung test, not for a slow one: on a 2-core machine shared with other work the
    // check of the whole real content alone has taken over 40 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll gives up after 1 s by default: a page's script on a busy machine can take longer.
    expect: { poll: { timeout: 30_000 } },
    // `npm test` measures coverage (--coverage; thresholds in scripts/lib/coverage.ts) of the code
    // the tests run in Node: not of what only Astro's build or Chromium runs, which V8 here cannot see.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'scripts/**/*.ts'],
      exclude: [
        // Run in Chromium only: the browser tests prove them.
        'src/search/client.ts',
        'src/offline/client.ts',
        'src/offline/register.ts',
        'src/offline/worker.ts',
        // Run inside Astro's build only (they import astro: modules): the build tests prove them.
        'src/content.config.ts',
        'src/middleware.ts',
        'src/i18n/index.ts',
        'src/collections/**',
        'src/pages/**',
      ],
      reporter: ['text-summary', 'json-summary'],
      thresholds: coverageThresholds,
    },
    projects: [
      // Two workers, one per core: with vitest's default on two cores (one), these files would run
      // one at a time, and last, after the browser and Lighthouse.
      { extends: true, test: { name: 'unit', include: ['tests/**/*.unit.test.ts'], sequence: { groupOrder: 0 }, maxWorkers: 2 } },
      { extends: true, test: { name: 'build', include: ['tests/**/*.build.test.ts'], sequence: { groupOrder: 0 }, maxWorkers: 2 } },
      {
        extends: true,
        // One changed copy of the project, built once for these files (tests/helpers/changed-site.ts).
        test: {
          name: 'rebuild',
          include: ['tests/**/*.rebuild.test.ts'],
          globalSetup: ['tests/setup/changed-site.ts'],
          sequence: { groupOrder: 0 },
          maxWorkers: 2,
        },
      },
      // Two files at a time: one keeps the two cores about 1.6 busy (a page's script runs on one,
      // and tests wait for the network to go quiet), two keep them busy, a quarter sooner.
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.ts'],
          globalSetup: ['tests/setup/preview.ts'],
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
        },
      },
      // Lighthouse allows one run per process at a time, and a run mostly waits: its four files
      // run side by side, in four workers.
      {
        extends: true,
        test: {
          name: 'lighthouse',
          include: ['tests/**/*.lighthouse.test.ts'],
          globalSetup: ['tests/setup/preview.ts'],
          sequence: { groupOrder: 2 },
          maxWorkers: 4,
        },
      },
    ],
  },
});
