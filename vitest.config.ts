// Unit, DOM and database tests: fast, no real browser. E2E lives in vitest.e2e.config.ts.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // CI collects a JSON report per run to print one closing total.
    reporters: process.env.DOSSIER_TEST_REPORTS
      ? ['default', ['json', { outputFile: `${process.env.DOSSIER_TEST_REPORTS}/unit.json` }]]
      : ['default'],
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    restoreMocks: true,
  },
});
