// `npm run lint` (part of `npm test`): ESLint's recommended rules, typescript-eslint's, React's
// hooks rules (with the React Compiler's checks) and Next's. Warnings fail too (--max-warnings 0).
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated or downloaded: the build, the export, test output, public/'s built files.
    ignores: ['.next/**', '.next-start/**', 'out/**', 'node_modules/**', 'public/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', 'screenshots/**', 'next-env.d.ts', '**/*.tmp.mjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // React's rules for the site's code; tests' Playwright fixtures call a `use` that is not React's.
  { ...reactHooks.configs.flat.recommended, files: ['app/**/*.{ts,tsx}'] },
  nextPlugin.configs['core-web-vitals'],
  {
    settings: { next: { rootDir: '.' } },
    rules: {
      // TypeScript checks names (tsc runs with the build); ESLint's rule does not know DOM or Node globals.
      'no-undef': 'off',
      // An unused name is a mistake, except one marked as deliberately unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Images here are built files served as they are (next.config.mjs turns the optimizer off):
      // next/image would only wrap the same <img>.
      '@next/next/no-img-element': 'off',
    },
  },
);
