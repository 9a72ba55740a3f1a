import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// Unit tests sit next to the code they test (`lib/**/*.test.ts`, `components/**/*.test.tsx`);
// end-to-end tests in real browsers live in tests/e2e and run under node:test instead.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['lib/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
