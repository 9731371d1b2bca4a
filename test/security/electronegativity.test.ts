import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const electronDir = join(root, 'electron');
const cli = join(createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json'), '..', 'dist', 'index.js');

/**
 * Every `eng-disable` waiver in electron/, with the reason it is safe. A new waiver fails this test
 * until someone has reviewed it and written its reason here.
 */
const REVIEWED_WAIVERS: Record<string, string> = {
  'main/secureWindow.ts OPEN_EXTERNAL_JS_CHECK': 'isSafeExternalUrl lets only http(s) through (electron/main/securityPolicy.test.ts).',
  'main/secureWindow.ts CSP_GLOBAL_CHECK': 'The header is the shared PAGE_CSP constant, evaluated by test/security/csp.test.ts.',
  'main/secureWindow.ts PRELOAD_JS_CHECK': 'The preload is our own, sandboxed, and exposes only the contract (test/security/windowSecurity.test.ts).',
};

type Finding = { rule: string; file: string; line: number };
let findings: Finding[] = [];
let work: string;

/** A file with the mistakes electronegativity must catch, so a scan that silently checks nothing fails. */
const CANARY = `const { BrowserWindow, shell } = require('electron');
const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
win.webContents.on('did-finish-load', () => shell.openExternal(process.argv[2]));
`;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'briefwright-eng-'));
  await cp(electronDir, join(work, 'scan', 'electron'), { recursive: true });
  await mkdir(join(work, 'scan', 'canary'));
  await writeFile(join(work, 'scan', 'canary', 'insecure.js'), CANARY);
  const report = join(work, 'report.sarif');
  // AvailableSecurityFixesGlobalCheck asks the network for Electron's releases: these machines are offline.
  await promisify(execFile)(process.execPath, [cli, '-i', join(work, 'scan'), '-e', '45.0.0', '-x', 'AvailableSecurityFixesGlobalCheck', '-r', '-v', 'false', '-o', report], {
    timeout: 120_000,
  });
  const sarif = JSON.parse(await readFile(report, 'utf8')) as {
    runs: { results: { ruleId: string; locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[] }[] }[];
  };
  findings = sarif.runs.flatMap((run) =>
    run.results.map((r) => ({
      rule: r.ruleId,
      file: r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? 'N/A',
      line: r.locations?.[0]?.physicalLocation?.region?.startLine ?? 0,
    })),
  );
}, 150_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && /\.(ts|mts|mjs|js|cjs|html)$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

describe('electronegativity', () => {
  it('finds the planted mistakes, so the scan really ran', () => {
    const canary = findings.filter((f) => f.file.startsWith('canary/')).map((f) => f.rule);
    expect(canary).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK']));
  });

  it('reports nothing in electron/', () => {
    const ours = findings.filter((f) => !f.file.startsWith('canary/'));
    expect(ours).toEqual([]);
  });

  it('is silenced only where a reviewed reason says why', async () => {
    const waivers: string[] = [];
    for (const file of await sourceFiles(electronDir)) {
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(/eng-disable\s+([A-Z_ ]+[A-Z_])/g)) {
        for (const check of match[1].trim().split(/\s+/)) waivers.push(`${relative(electronDir, file).split('\\').join('/')} ${check}`);
      }
    }
    expect(waivers.filter((w) => !(w in REVIEWED_WAIVERS))).toEqual([]);
  });
});
