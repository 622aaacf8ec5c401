import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // esbuild (inside mdx-bundler) fails an invariant under jsdom; loaders and camera logic need only node.
    environment: 'node',
    testTimeout: 30_000,
  },
});
