import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright specs live in e2e/ and must not be collected here.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
