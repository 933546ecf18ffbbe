import { defineConfig } from 'vitest/config';

// For mutation testing only (npm run mutate): the unit tests beside the mutated code.
// The data build's tests (scripts/) run the build, seconds each, and would run again
// for every mutant of the domain they reach: too slow to repeat 1,400 times.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
