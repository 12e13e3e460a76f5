// Lint keeps the seams of architecture.md: pure cores stay pure, capabilities meet only through
// each other's index.ts, platform/ knows no capability. ESLint (not Biome) because these rules
// need per-folder import restrictions with globs, which typescript-eslint + flat config give.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const capabilities = ['identity', 'audit', 'filtering', 'dns', 'proxy', 'monitoring', 'safeguarding', 'records', 'reports'];
const edges = ['cli', 'main'];


export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'web/dist/**', 'coverage/**', 'test-artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  // platform/ imports no capability.
  {
    files: ['src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...capabilities, ...edges].map((c) => `**/${c}/**`),
              message: 'platform/ must not import capabilities or adapters (architecture.md).',
            },
          ],
        },
      ],
    },
  },
  // Capabilities import each other only through index.ts, and never the edges.
  ...capabilities.map((own) => ({
    files: [`src/${own}/**/*.ts`],
    ignores: [`src/${own}/core/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: capabilities
                .filter((c) => c !== own)
                .flatMap((c) => [`**/${c}/**`, `!**/${c}/index.ts`]),
              message: `import another capability only through its index.ts (style.md).`,
            },
            { group: edges.map((e) => `**/${e}/**`), message: 'capabilities must not import cli/ or main/.' },
          ],
        },
      ],
    },
  })),
  // Pure cores: no node:*, no platform/, no I/O — the extension and the browser run them.
  {
    files: ['src/*/core/**/*.ts'],
    ignores: ['src/*/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'core/ is pure: no Node-only modules.' },
            { group: ['**/platform/**'], message: 'core/ is pure: no platform/.' },
            { group: ['kysely', 'pg', 'better-sqlite3', 'fastify', 'pino'], message: 'core/ is pure: no I/O libraries.' },
            { group: [...capabilities, ...edges].map((c) => `../../${c}/**`), message: 'core/ imports only its own capability.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'core/ is pure: no environment.' },
        { name: 'Date', message: 'core/ is pure: take time as an argument.' },
        { name: 'fetch', message: 'core/ is pure: no I/O.' },
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'core/ is pure: no randomness.' }],
    },
  },
  // The dashboard (web/) talks to the server only through /api/v1: from src/ it may import only
  // browser-safe vocabularies and schemas (model.ts, core/**, schema.ts and schema-*.ts), never
  // services, stores, routes or Node modules (style.md, architecture.md).
  {
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    ignores: ['web/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useLoad$' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**/*.ts', '**/src/**/*.js', '!**/src/*/model.ts', '!**/src/*/core/**/*.ts', '!**/src/*/schema.ts', '!**/src/*/schema-*.ts'],
              message: 'web/ imports from src/ only model.ts, core/** and schema*.ts; everything else goes through /api/v1.',
            },
            { group: ['node:*'], message: 'web/ runs in the browser: no Node modules.' },
            { group: ['fastify', 'fastify-*', '@fastify/*', 'kysely', 'pg', 'better-sqlite3', 'pino', 'pdfkit'], message: 'web/ runs in the browser: no server libraries.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
