// E2E tests in real Chromium and Firefox against the built extension (run `npm run build` first).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CI collects a JSON report per run to print one closing total.
    reporters: process.env.DOSSIER_TEST_REPORTS
      ? ['default', ['json', { outputFile: `${process.env.DOSSIER_TEST_REPORTS}/e2e.json` }]]
      : ['default'],
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Two cores: one browser at a time keeps timings steady and tests deterministic.
    fileParallelism: false,
  },
});
