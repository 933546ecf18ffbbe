import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright specs live in e2e/ and must not be collected here.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // One module graph per worker, not per file: no unit test reaches the store or the
    // DOM, so no state leaks from one file to the next (checked with --sequence.shuffle),
    // and the run takes half the time and CPU (29 s → 13 s here), most of which went to
    // loading the same modules again for each file.
    isolate: false,
  },
});
