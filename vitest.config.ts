// Unit tests: pure logic and extension code against WXT's in-memory fake browser.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'happy-dom',
    // Some tests start the CLI or a pdf.js thread as a process: on a busy machine that alone passes
    // vitest's 5 s default. A timeout is no speed check here (speed lives in npm run bench).
    testTimeout: 30_000,
  },
});
