import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Builds dist/ once, for the CLI tests that spawn bin/decruft.js.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    env: { TZ: 'UTC' },
    // The JSON report feeds the `N passed, N failed` line of .ci/run.
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
  },
});
