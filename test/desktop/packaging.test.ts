import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Packs the app for real with electron-builder (`--dir`, Linux), from the built `out/`, with a stand-in
 * for Electron's binary (it cannot be downloaded here) that carries a fuse wire like the real one, then
 * looks inside: what the asar holds, which fuses were flipped, the icon beside it.
 */
const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const asar = require('@electron/asar') as { listPackage(file: string): string[] };
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const built = existsSync(join(root, 'out', 'main', 'index.js')) && existsSync(join(root, 'out', 'renderer', 'index.html'));

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse wire v1 as Electron 45 ships it: RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on, asar checks off, … */
const STOCK_WIRE = [1, 9, ...'101100011'.split('').map((c) => c.charCodeAt(0))];
const FUSE_ORDER = ['runAsNode', 'enableCookieEncryption', 'enableNodeOptionsEnvironmentVariable', 'enableNodeCliInspectArguments', 'enableEmbeddedAsarIntegrityValidation', 'onlyLoadAppFromAsar', 'loadBrowserProcessSpecificV8Snapshot', 'grantFileProtocolExtraPrivileges'];

/** The package names a bundle imports at run time (bare specifiers, not node: built-ins or relative files). */
function bareImports(dir: string): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(c|m)?js$/.test(entry.name)) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["']([^"'./][^"']*)["']/g)) {
      const spec = match[1];
      if (spec.startsWith('node:') || spec === 'electron' || !/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w.@/-]*)?$/i.test(spec)) continue;
      names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  }
  return names;
}

describe('dependencies', () => {
  it.skipIf(!built)('are exactly the packages main loads at run time: everything the renderer uses is bundled into it', () => {
    const main = bareImports(join(root, 'out', 'main'));
    expect([...main].sort()).toEqual(Object.keys(pkg.dependencies).sort());
    expect([...bareImports(join(root, 'out', 'renderer'))]).toEqual([]);
    expect([...bareImports(join(root, 'out', 'preload'))]).toEqual([]);
  });

  it('keep the UI libraries among the devDependencies', () => {
    for (const name of ['react', 'react-dom', 'zustand', 'zundo', '@dnd-kit/core', '@tanstack/react-virtual', 'electron']) {
      expect(pkg.dependencies[name], name).toBeUndefined();
    }
  });
});

// Packs for Linux (electron-builder does that from Linux and macOS); a Windows host cannot make the Linux package.
describe.skipIf(!built || process.platform === 'win32')('the packed app', () => {
  let work: string;
  let files: string[] = [];
  let appDir: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'briefwright-pack-'));
    const dist = join(work, 'electron-dist');
    await mkdir(join(dist, 'resources'), { recursive: true });
    const fake = Buffer.concat([Buffer.from('#!/bin/sh\necho "a stand-in for Electron"\nexit 0\n# '), Buffer.from(SENTINEL), Buffer.from(STOCK_WIRE), Buffer.from('\n')]);
    await writeFile(join(dist, 'electron'), fake);
    await chmod(join(dist, 'electron'), 0o755);
    await writeFile(join(dist, 'version'), 'v45.5.0');
    await writeFile(join(dist, 'LICENSE'), '');
    await writeFile(join(dist, 'LICENSES.chromium.html'), '');
    await writeFile(join(dist, 'chrome-sandbox'), '');
    const cli = join(root, 'node_modules', 'electron-builder', 'cli.js');
    await promisify(execFile)(
      process.execPath,
      [cli, '--linux', 'dir', '--config', 'electron-builder.yml', `-c.electronDist=${dist}`, '-c.npmRebuild=false', `-c.directories.output=${join(work, 'release')}`, '--publish', 'never'],
      { cwd: root, timeout: 240_000, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CI: '1' } },
    );
    appDir = join(work, 'release', 'linux-unpacked');
    files = asar.listPackage(join(appDir, 'resources', 'app.asar')).map((f) => f.replace(/\\/g, '/'));
  }, 300_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  const modules = () => new Set(files.map((f) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1]).filter(Boolean));

  it('holds the built main, preload and page, and no sources or source maps', () => {
    expect(files).toEqual(expect.arrayContaining(['/out/main/index.js', '/out/main/readArticleWorker.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']));
    expect(files.filter((f) => !/^\/(node_modules|out)(\/|$)/.test(f) && f !== '/package.json')).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map') || (f.endsWith('.ts') && !f.startsWith('/node_modules/')))).toEqual([]);
  });

  it('ships the libraries main loads, and none of those bundled into the renderer', () => {
    const shipped = modules();
    for (const name of Object.keys(pkg.dependencies)) expect(shipped.has(name), name).toBe(true);
    for (const name of ['react', 'react-dom', 'zustand', 'zundo', '@dnd-kit/core', '@tanstack/react-virtual', 'electron', 'typescript', 'vite', '@types/node', 'undici-types']) {
      expect(shipped.has(name), name).toBe(false);
    }
  });

  it('carries only the pdf.js and docx builds main uses', () => {
    expect(files).toEqual(expect.arrayContaining(['/node_modules/pdfjs-dist/legacy/build/pdf.mjs', '/node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs', '/node_modules/docx/dist/index.mjs']));
    expect(files.filter((f) => /^\/node_modules\/pdfjs-dist\/(build|web|types)\//.test(f) || /\.min\.mjs$/.test(f))).toEqual([]);
    expect(files.filter((f) => /^\/node_modules\/docx\/dist\/.*\.(cjs|iife\.js)$/.test(f))).toEqual([]);
  });

  it('has its fuses flipped as electron-builder.yml says', () => {
    const binary = readFileSync(join(appDir, 'briefwright'));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length;
    const wire = [...binary.subarray(at + 2, at + 2 + binary[at + 1])].map((b) => String.fromCharCode(b));
    const wanted = config.electronFuses as Record<string, boolean>;
    FUSE_ORDER.forEach((fuse, i) => {
      if (fuse in wanted) expect(wire[i] === '1', fuse).toBe(wanted[fuse]);
    });
  });

  it('has the icon for the About box and the window beside it', () => {
    expect(existsSync(join(appDir, 'resources', 'icon.png'))).toBe(true);
  });
});
