import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores: the browser tests and the gazetteer build are heavy; keep at most two files running.
    maxWorkers: 2,
    pool: 'forks',
  },
});
