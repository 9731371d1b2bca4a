// The layering rule of DESIGN.md, as a check that fails: each folder may import only what the table allows.
import tseslint from 'typescript-eslint';

const NODE = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'stream', 'url', 'worker_threads', 'zlib'];
const ban = (group, message) => ({ group, message });

const platformFree = [
  ban(NODE, 'shared/ runs everywhere (Node, Electron, the page, workers): no Node built-ins.'),
  ban(['electron', 'electron/*'], 'shared/ must not import electron.'),
  ban(['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'], 'shared/ must not import UI libraries.'),
  ban(['**/electron/**', '**/renderer/**'], 'shared/ is the core: it imports nothing from electron/ or renderer/.'),
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', '.lo-profile/**', 'coverage/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-debugger': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: platformFree }],
      'no-restricted-globals': ['error', 'document', 'window', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['shared/model/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...platformFree, ban(['**/ingest/**', '**/analysis/**', '**/docx/**', '**/ipc/**'], 'shared/model/ is the bottom layer: it imports only zod.')] }],
    },
  },
  {
    files: ['shared/{ingest,analysis,docx}/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...platformFree, ban(['**/ipc/**'], 'The pipeline stages do not know about the IPC contract.')] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ban(NODE, 'renderer/ is a web page: no Node built-ins.'),
          ban(['electron', 'electron/*', '**/electron/**'], 'renderer/ talks to the core only through renderer/app/api.ts and the contract.'),
        ],
      }],
    },
  },
  {
    files: ['electron/{services,web,cli,launch}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ban(['electron', 'electron/*'], 'Only electron/main and electron/preload may load electron: elsewhere it tries to download its binary.'),
          ban(['**/renderer/**', '**/main/**', '**/preload/**'], 'Services, the browser host and the CLI sit below main and beside the UI.'),
        ],
      }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ban(NODE, 'The sandboxed preload has no Node built-ins.'),
          ban(['**/services/**', '**/renderer/**', '**/web/**', '**/cli/**'], 'The preload only turns the contract into window.api.'),
        ],
      }],
    },
  },
);
