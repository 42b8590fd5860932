// One flat config for the whole repository; `npm run lint` runs it with the
// import-cycle check (dpdm). Type-aware: every file is linted with the types of
// the tsconfig that includes it.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['**/node_modules/', '**/dist/', '**/.turbo/', '.data/', 'packages/*/src/generated/', 'apps/web/test-results/']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The root's tool configs belong to no workspace's tsconfig.
        projectService: { allowDefaultProject: ['*.js', '*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Callbacks are declared in method shorthand (`onClose(): void`) and passed
      // around as values, as are wink-nlp's `its.*` helpers; none of them uses
      // `this`, so all 45 reports were false alarms (the one borrowed adapter
      // method, in db's prisma-pg-internals.ts, is called with .call).
      '@typescript-eslint/unbound-method': 'off',
      // Apollo plugin hooks and queue handlers must return promises; an `async`
      // method without `await` is how their interfaces are met.
      '@typescript-eslint/require-await': 'off',
      // `_name` marks what a destructuring drops on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Ambient declarations for untyped modules travel with the package's source
      // to every workspace that type-checks it; a path reference is how.
      '@typescript-eslint/triple-slash-reference': ['error', { path: 'always', types: 'prefer-import', lib: 'always' }],
      // An empty case with a comment above it is a list of labels, not a fall-through.
      'no-fallthrough': ['error', { allowEmptyCase: true }],
      // A handler installed before what it stops exists (`let server;` read by the
      // signal handler, assigned once start-up gets there) has to be a `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Promise.all over a list where some entries are already values is fine.
      '@typescript-eslint/await-thenable': ['error', { allowMixedPromiseArrays: true }],
    },
  },
  {
    // vitest's asymmetric matchers (expect.stringMatching, expect.any, …) are typed
    // `any` so that they fit any slot of an expected object.
    files: ['**/test/**/*.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // PostGraphile's types are checked in a program of their own (see apps/server/tsconfig.json).
    files: ['apps/server/bench/postgraphile-server.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: 'apps/server/bench/tsconfig.postgraphile.json' },
    },
  },

  {
    plugins: { 'import-x': importX },
    rules: {
      // A workspace reaches another through its package name and `exports`, never by path.
      'import-x/no-relative-packages': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
    },
  },

  {
    // The environment is read in one env.ts per workspace (and by Prisma's CLI
    // in prisma.config.ts), nowhere else. Handing all of it on to a child
    // process (`{ ...process.env, PORT: '0' }`) reads no variable and is allowed.
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']:not(SpreadElement > MemberExpression)",
          message: "Read the environment in this workspace's env.ts and import what it exports.",
        },
        {
          selector: "VariableDeclarator[init.name='process'] > ObjectPattern > Property[key.name='env']",
          message: "Read the environment in this workspace's env.ts and import what it exports.",
        },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'node:process', importNames: ['env'], message: "Read the environment in this workspace's env.ts." }] },
      ],
    },
  },
  {
    files: ['**/env.ts', 'prisma.config.ts'],
    rules: { 'no-restricted-syntax': 'off', 'no-restricted-imports': 'off' },
  },

  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // These two guard code for the React Compiler, which this app does not use.
      // Props and URL state mirrored into local state (SearchBox, SharePanel,
      // TimelineView, EventList) and the latest-props ref that vis-timeline's
      // once-registered listeners read (VisTimeline, Explorer) are deliberate.
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
    },
  },
);
