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

const FEATURES = ['history', 'interview', 'library', 'mock', 'photo', 'practice', 'progress', 'review', 'settings']

/** Each outside library and the one folder allowed to import it. */
const BOUNDARIES = [
  { names: ['tldraw', '@tldraw/*'], home: 'src/canvas' },
  { names: ['tesseract.js', 'tesseract.js-core'], home: 'src/ocr/engines/tesseract' },
  { names: ['onnxruntime-web', 'onnxruntime-web/*'], home: 'src/ocr/engines/paddle' },
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
  { ignores: ['dist/**', 'node_modules/**', 'reports/**', 'test-results/**', 'public/**', 'src/ocr/language/models/**', 'problems/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      // import-x parses the files an import leads to (for cycles) with the TypeScript parser; it
      // requires @typescript-eslint/parser by name, so that is a direct devDependency (without
      // it every parse failed quietly and no cycle was ever found).
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
            layer('core', 'ocr', 'canvas', 'storage', 'runner', 'services', 'ui', 'features', 'app', 'bank'),
            layer('bank', 'ocr', 'canvas', 'storage', 'runner', 'services', 'ui', 'features', 'app'),
            layer('ocr', 'canvas', 'storage', 'runner', 'services', 'ui', 'features', 'app'),
            layer('canvas', 'ocr', 'storage', 'runner', 'services', 'ui', 'features', 'app'),
            layer('storage', 'ocr', 'canvas', 'runner', 'services', 'ui', 'features', 'app'),
            layer('runner', 'ocr', 'canvas', 'storage', 'services', 'ui', 'features', 'app'),
            layer('services', 'ui', 'features', 'app'),
            layer('ui', 'features', 'app'),
            layer('features', 'app'),
            // The Node runners (tests, the judge CLI) spawn processes and threads; browser code never loads them.
            {
              target: ['core', 'ocr', 'canvas', 'storage', 'services', 'ui', 'features', 'app', 'runner/sandbox', 'runner/js', 'runner/python']
                .map((f) => `./src/${f}`)
                .concat(['./src/runner/*.ts', './src/bank/catalog.ts', './src/bank/bankFiles.ts', './src/main.tsx']),
              from: './src/runner/node',
              message: 'src/runner/node is for Node (tests, the judge CLI); the browser runs answers in the sandbox',
            },
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
  // zod's CSP-safe setting (no eval probe) must come before any schema: every run-time
  // zod import goes through src/core/zod.ts (type-only imports are fine).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/zod.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: 'import { z } from src/core/zod.ts (it sets zod up for our CSP first)', allowTypeImports: true }] },
      ],
    },
  },
  // The JavaScript harness handles values from another realm (a vm context, a
  // worker running candidate code) whose shape is only known by inspecting them.
  { files: ['src/core/judge/jsHarness.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // The runner's browser code (the sandbox, its workers) has no Node built-ins; src/runner/node is Node's.
  {
    files: ['src/runner/**/*.ts'],
    ignores: ['src/runner/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...libraryPatterns('src/runner'), { regex: '^node:', message: 'browser code: Node built-ins belong in src/runner/node' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}', 'build/**/*.ts', '*.config.{ts,js}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
