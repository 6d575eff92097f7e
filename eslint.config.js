// Lint: typescript-eslint's recommended rules, plus the architecture's import boundaries.
// Arrows point one way: entrypoints -> sites / messages / storage -> core.
import tseslint from 'typescript-eslint';

/**
 * One restricted-import rule: `layers` are folder names under src/ this folder must not import;
 * `extra` are further `{ regex, message }` patterns.
 */
function boundary(layers, packages, why, extra = []) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: packages.map((name) => ({ name, message: why })),
        patterns: [...layers.map((layer) => ({ regex: `^(\\.\\./)+${layer}(/|$)`, message: why })), ...extra],
      },
    ],
  };
}

const ENTRYPOINTS = ['background', 'content', 'popup', 'options', 'dashboard', 'demo'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'tests/output/**'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({
          property,
          message: 'Page text goes into the DOM as text: use textContent or createElement.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]', message: 'Never render HTML from data.' },
        { selector: 'CallExpression[callee.name="eval"]', message: 'No eval: no remote or dynamic code.' },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: boundary(
      ['sites', 'storage', 'messages', 'ui', ...ENTRYPOINTS],
      ['webextension-polyfill', 'dexie', 'preact', 'preact/hooks'],
      'src/core is pure TypeScript: no browser APIs, storage, UI or entrypoints.',
    ),
  },
  {
    files: ['src/sites/**'],
    rules: boundary(
      ['storage', 'messages', 'ui', ...ENTRYPOINTS],
      ['webextension-polyfill', 'dexie', 'preact', 'preact/hooks'],
      'Site adapters only read the DOM: core types, nothing else.',
    ),
  },
  {
    files: ['src/storage/**'],
    rules: boundary(
      ['sites', 'messages', 'ui', ...ENTRYPOINTS],
      ['webextension-polyfill', 'preact', 'preact/hooks'],
      'Storage depends on core only; contexts call it, not the other way round.',
    ),
  },
  {
    files: ['src/messages/**'],
    rules: boundary(['sites', 'ui', ...ENTRYPOINTS], ['dexie', 'preact'], 'Messages declare the protocol; no handlers here.'),
  },
  {
    // The content script runs in other people's pages on a 30 KB gzip budget (issue 3): it reads
    // and marks posts; the background judges them. Types from core and messages are free; code is not.
    files: ['src/content/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['dexie', 'preact', 'preact/hooks', 'zod', 'webextension-polyfill'].map((name) => ({
            name,
            message: 'Keep the content script small: extension APIs through ./ext, no validation library (the background validates).',
            allowTypeImports: true,
          })),
          patterns: [
            {
              regex: '^(\\.\\./)+(storage|background|popup|options|dashboard|demo|ui)(/|$)',
              message: 'IndexedDB opened in a content script belongs to the page: reach storage by message. No page UI code here.',
            },
            {
              // One exception: the prefilter (a few hundred bytes) decides which posts are worth sending.
              regex: '^(\\.\\./)+(core(?!/relevance/prefilter$)|messages)(/|$)',
              message: 'Only types from core and messages: the background judges posts and checks messages (content/ext.ts sends them).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/background/**'],
    rules: boundary(['content', 'popup', 'options', 'dashboard', 'ui'], ['preact', 'preact/hooks'], 'The background has no UI.'),
  },
  {
    files: ['src/popup/**', 'src/options/**', 'src/dashboard/**'],
    rules: boundary(['background', 'content'], [], 'Pages talk to the background by message.'),
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.*', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly', setTimeout: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
);
