import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    // esbuild (inside mdx-bundler) fails an invariant under jsdom; loaders and camera logic need only node.
    environment: 'node',
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], globalSetup: ['tests/unit/global-setup.ts'] } },
      // Builds the static export twice (minutes): `npm test` runs it after the build, before the browser tests.
      { extends: true, test: { name: 'export', include: ['tests/export/**/*.test.ts'], testTimeout: 600_000 } },
      // Editorial checks against the source articles kept beside the project (SEEDS_DIR);
      // `npm test` never runs them, `.ci/run` does when the articles are there.
      { extends: true, test: { name: 'editorial', include: ['tests/editorial/**/*.test.ts'] } },
    ],
  },
});
