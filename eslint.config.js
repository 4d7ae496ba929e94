import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist', 'dev-dist', 'node_modules', 'src/routeTree.gen.ts', 'src/manifests/schema/generated', 'tests/e2e/artifacts', 'coverage']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.browser } },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The model of the serving stack is a pure library: no UI, no state library, nothing outside sim/.
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'src/sim must not import React.' },
            { group: ['zustand', 'zustand/*'], message: 'src/sim must not import zustand.' },
            { group: ['motion', 'motion/*', 'framer-motion', 'framer-motion/*'], message: 'src/sim must not import animation libraries.' },
            { group: ['mermaid', 'mermaid/*'], message: 'src/sim must not import mermaid.' },
            { group: ['@tanstack/*'], message: 'src/sim must not import the router.' },
            { group: ['node:*'], message: 'src/sim runs in the browser: no Node built-ins.' },
            { regex: '^\\.\\./(?:\\.\\./)*(?:ui|state|routes|lessons|content|quiz)(?:/|$)', message: 'src/sim imports only from src/sim.' },
            { regex: '^(?!\\.|valibot$)', message: 'src/sim imports only from src/sim (and valibot for schemas).' },
          ],
        },
      ],
    },
  },
  {
    // Content, the quiz engine and saved state sit below the UI: they never import it, the routes,
    // or the app's lesson glue (src/lessons), so data and logic stay testable without React pages.
    files: ['src/content/**/*.ts', 'src/quiz/**/*.ts', 'src/state/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: ['./src/content', './src/quiz', './src/state'], from: './src/ui', message: 'content/, quiz/ and state/ must not import ui/.' },
            { target: ['./src/content', './src/quiz', './src/state'], from: './src/routes', message: 'content/, quiz/ and state/ must not import routes/.' },
            { target: ['./src/content', './src/quiz', './src/state'], from: './src/lessons', message: 'content/, quiz/ and state/ must not import src/lessons (the app glue); the plan is in content/course/.' },
          ],
        },
      ],
    },
  },
  {
    // The metrics reader is pure logic too: text in, figures out; only its parser library from outside.
    files: ['src/metrics/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'mermaid', 'mermaid/*', '@tanstack/*'], message: 'src/metrics is pure logic: no UI or state libraries.' },
            { group: ['node:*'], message: 'src/metrics runs in the browser: no Node built-ins.' },
            { regex: '^\\.\\./', message: 'src/metrics imports only from src/metrics.' },
            { regex: '^(?!\\.|parse-prometheus-text-format$)', message: 'src/metrics imports only from src/metrics (and parse-prometheus-text-format).' },
          ],
        },
      ],
    },
  },
  {
    // The KServe manifest checker is pure too (the CLI and the widgets share it): no UI, no DOM, no Node.
    files: ['src/manifests/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/manifests runs in the browser and the CLI: no Node built-ins.' },
            { regex: '^\\.\\./(?:\\.\\./)*(?:ui|state|routes|lessons|content|quiz)(?:/|$)', message: 'src/manifests imports only src/manifests and src/sim.' },
            { regex: '^(?!\\.|yaml$|ajv$)', message: 'src/manifests imports only src/manifests, src/sim, yaml and ajv.' },
          ],
        },
      ],
    },
  },
  {
    // Widget models, presets and quiz facts are pure like src/sim: the worker and the tests run them without a page.
    files: ['src/widget-models/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'framer-motion', 'framer-motion/*', 'mermaid', 'mermaid/*', '@tanstack/*'], message: 'src/widget-models is pure: no UI libraries.' },
            { group: ['node:*'], message: 'src/widget-models runs in the browser and in a worker: no Node built-ins.' },
            { regex: '^\\.\\./(?:\\.\\./)*(?:ui|state|routes|lessons|content|quiz)(?:/|$)', message: 'src/widget-models imports only itself and src/sim.' },
            { regex: '^(?!\\.|valibot$)', message: 'src/widget-models imports only itself and src/sim (and valibot for schemas).' },
          ],
        },
      ],
    },
  },
  {
    // Widgets reach the simulator only through each part's public index.
    files: ['src/ui/widgets/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '/sim/(?:engine|cost|cluster)/(?!index\\.ts$)', message: 'Import the simulator through src/sim/<part>/index.ts.' }] },
      ],
    },
  },
  {
    files: ['tools/**/*.{ts,mjs}', 'scripts/**/*.mjs', 'tests/e2e/**/*.mjs', '*.config.{ts,js}', 'mdx.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
]);
