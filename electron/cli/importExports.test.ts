import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXPORTS } from '../../test/exports/exportLabels';
import { runCli } from './runCli';

const homes: string[] = [];
afterEach(async () => {
  for (const home of homes.splice(0)) await rm(home, { recursive: true, force: true });
});

async function run(args: string[]) {
  let stdout = '';
  const home = await mkdtemp(join(tmpdir(), 'briefwright-exports-'));
  homes.push(home);
  const code = await runCli(args, {
    version: '0',
    env: { ...process.env, BRIEFWRIGHT_HOME: home },
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: () => undefined },
  });
  return { code, stdout, home };
}

describe('briefwright import on news-database exports', () => {
  it('prints one entry per article found in each export, with the file and its place in it', async () => {
    const files = ['factiva-export.docx', 'nexis-export.rtf', 'factiva-export-damaged.txt'].map((f) => join(EXPORTS, f));
    const { code, stdout, home } = await run(['import', '--json', ...files]);
    const out = JSON.parse(stdout);
    expect(out.map((e: { file: string; part: number }) => [e.file, e.part])).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((part) => [files[0], part]),
      ...[1, 2, 3, 4, 5, 6].map((part) => [files[1], part]),
      ...[1, 2, 3, 4].map((part) => [files[2], part]),
    ]);
    expect(out[0].article).toMatchObject({
      title: 'Harcourt & Lyle to cut 1,200 jobs and close 31 stores after Christmas slump',
      byline: 'Amelia Osei-Brennan',
      publication: 'The Financial Ledger',
      published: '2025-12-18',
      documentId: 'FINLED0020251218elci0001h',
      copyright: '© 2025 The Financial Ledger Ltd. All rights reserved.',
    });
    expect(out[0].article.quotes.length).toBeGreaterThan(0);
    expect(out[6].article.documentId).toBe('urn:contentItem:6JP9-3B21-DY4K-S1XN-00000-00');
    // The cut-off fourth article of the damaged export: a coded error, the three before it imported, exit 1.
    expect(out[15]).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(out.slice(12, 15).every((e: { ok: boolean }) => e.ok)).toBe(true);
    expect(code).toBe(1);
    // The copper story is in the Factiva and the Nexis export, and the first three damaged ones repeat the Factiva file: stored once each.
    expect(out[2].article.id).toBe(out[7].article.id);
    const stored = (await readdir(join(home, 'articles'))).filter((f) => f.endsWith('.json'));
    expect(stored).toHaveLength(11);
  }, 180_000);
});
