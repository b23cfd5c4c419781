// Lint: TypeScript and React hooks rules, and the architecture written as
// rules, so it holds without anyone remembering it (DEVELOPERS.md):
//   core <- ocr, canvas, storage, runner <- services <- ui <- features <- app
// features never import each other; core imports no React, DOM or outside
// library; each outside library has one importing folder; no import cycles.
import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const FEATURES = ['history', 'interview', 'library', 'mock', 'practice', 'progress', 'review', 'settings']

/** Each outside library and the one folder allowed to import it. */
const BOUNDARIES = [
  { names: ['tldraw', '@tldraw/*'], home: 'src/canvas' },
  { names: ['tesseract.js', 'tesseract.js-core', 'onnxruntime-web', 'onnxruntime-web/*'], home: 'src/ocr' },
  { names: ['idb-keyval'], home: 'src/storage' },
  { names: ['pyodide', 'pyodide/*', 'sql.js'], home: 'src/runner' },
]

/** The libraries a file in `folder` may not import. */
const libraryPatterns = (folder) =>
  BOUNDARIES.filter((b) => b.home !== folder).map((b) => ({ group: b.names, message: `only ${b.home}/ imports this library` }))

/** What a layer may not import, by folder. */
const layer = (target, ...from) => ({ target: `./src/${target}`, from: from.map((f) => `./src/${f}`), message: `${target} sits below ${from.join(', ')}` })

export default tseslint.config(
  // problems/ and fixtures hold answers written as a candidate would, not project code.
  { ignores: ['dist/**', 'node_modules/**', 'reports/**', 'test-results/**', 'public/**', 'src/ocr/models/**', 'problems/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      // import-x parses the files an import leads to (for cycles) with the TypeScript parser.
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Casting through `any` at realm boundaries (workers, vm contexts) is deliberate there and nowhere else.
      '@typescript-eslint/no-explicit-any': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The rules of hooks, and no impure calls (Date.now, Math.random) in render. The
      // React Compiler's other checks (refs read in render, setState in effects) flag
      // our deliberate latest-value refs; they stay off until the compiler is used.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'react-hooks/purity': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            layer('core', 'ocr', 'canvas', 'storage', 'runner', 'services', 'ui', 'features', 'app', 'problems'),
            layer('ocr', 'canvas', 'storage', 'runner', 'services', 'ui', 'features', 'app'),
            layer('canvas', 'ocr', 'storage', 'runner', 'services', 'ui', 'features', 'app'),
            layer('storage', 'ocr', 'canvas', 'runner', 'services', 'ui', 'features', 'app'),
            layer('runner', 'ocr', 'canvas', 'storage', 'services', 'ui', 'features', 'app'),
            layer('services', 'ui', 'features', 'app'),
            layer('ui', 'features', 'app'),
            layer('features', 'app'),
            ...FEATURES.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message: 'features do not import each other: move what they share to ui/, services/ or core/',
            })),
          ],
        },
      ],
    },
  },
  // One importer per outside library (one rule setting per folder: a later
  // setting of a rule replaces an earlier one, so each folder gets its full list).
  { files: ['src/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { patterns: libraryPatterns() }] } },
  ...BOUNDARIES.map(({ home }) => ({
    files: [`${home}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: libraryPatterns(home) }] },
  })),
  // The domain: plain TypeScript, no React, no DOM, no outside library but its few pure helpers.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...libraryPatterns(),
            {
              regex: '^(?!\\.|zod$|diff$|fflate$|@lezer/)',
              message: 'core/ is plain TypeScript: no React, DOM or outside library (zod, diff, fflate and Lezer grammars are allowed)',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'HTMLElement'],
    },
  },
  // The JavaScript harness handles values from another realm (a vm context, a
  // worker running candidate code) whose shape is only known by inspecting them.
  { files: ['src/core/problems/jsHarness.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}', 'build/**/*.ts', '*.config.{ts,js}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
