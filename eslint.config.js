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

/**
 * shared/: which of its folders each folder may import (besides the platform-free libraries). One
 * direction: the model at the bottom, the readers and analysis on it, the pipeline and the contract on top.
 */
const SHARED_FOLDERS = {
  model: [],
  commands: [],
  ingest: ['model'],
  analysis: ['model'],
  compare: ['model', 'ingest', 'analysis'],
  docx: ['model', 'ingest'],
  pipeline: ['model', 'ingest', 'analysis'],
  templates: ['model', 'docx'],
  ipc: ['model', 'commands'],
};

const sharedRules = Object.entries(SHARED_FOLDERS).map(([folder, allowed]) => {
  const others = Object.keys(SHARED_FOLDERS).filter((other) => other !== folder && !allowed.includes(other));
  return {
    files: [`shared/${folder}/**/*.ts`],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...platformFree, ban(others.map((other) => `**/${other}/**`), `shared/${folder}/ may import only ${allowed.length ? `shared/{${allowed.join(',')}}` : 'libraries'} (see SHARED_FOLDERS in eslint.config.js).`)] },
      ],
    },
  };
});

const notElectron = ban(['electron', 'electron/*'], 'Only electron/main and electron/preload may load electron: elsewhere it tries to download its binary.');

/** electron/ and renderer/: each folder and the folders beside it that it must not import. */
const edgeRule = (folder, patterns) => ({ files: [`${folder}/**/*.{ts,tsx}`], rules: { 'no-restricted-imports': ['error', { patterns }] } });
const notUi = ['**/renderer/**'];

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
  ...sharedRules,
  edgeRule('electron/services', [notElectron, ban([...notUi, '**/main/**', '**/preload/**', '**/web/**', '**/cli/**'], 'Services are the Node side of the core: every front door imports them, they import none.')]),
  edgeRule('electron/web', [notElectron, ban([...notUi, '**/main/**', '**/preload/**', '**/cli/**'], 'The browser host stands on services and shared alone.')]),
  edgeRule('electron/cli', [notElectron, ban([...notUi, '**/main/**', '**/preload/**', '**/web/**'], 'The command line stands on services and shared alone.')]),
  edgeRule('electron/launch', [notElectron, ban([...notUi, '**/main/**', '**/preload/**', '**/services/**', '**/web/**', '**/cli/**'], 'The launchers start a front door; they import none.')]),
  edgeRule('electron/main', [ban([...notUi, '**/preload/**', '**/web/**', '**/cli/**'], 'electron/main stands on services and shared: what it shares with the CLI or the host lives in services.')]),
  edgeRule('electron/preload', [
    ban(NODE, 'The sandboxed preload has no Node built-ins.'),
    ban(['**/services/**', '**/renderer/**', '**/web/**', '**/cli/**', '**/main/**'], 'The preload only turns the contract into window.api.'),
  ]),
  ...[
    ['renderer', []],
    ['renderer/app', []],
    ['renderer/features', []],
    ['renderer/ui', [ban(['**/app/**', '**/features/**'], 'renderer/ui holds plain components: it knows no store and no feature.')]],
  ].map(([folder, extra]) =>
    edgeRule(folder, [
      ban(NODE, 'renderer/ is a web page: no Node built-ins.'),
      ban(['electron', 'electron/*', '**/electron/**'], 'renderer/ talks to the core only through renderer/app/api.ts and the contract.'),
      ...extra,
    ]),
  ),
);
