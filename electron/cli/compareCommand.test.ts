import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crossSourceArticles } from '../../test/fixtures/crossSource/crossSourceSet';
import { runCli } from './runCli';

const made: string[] = [];
afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

async function tempDir(prefix: string) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

describe('briefwright compare', () => {
  it('prints which files tell one story, the figures that disagree and the reworded quotes', async () => {
    const dir = await tempDir('briefwright-compare-');
    const wanted = crossSourceArticles().filter((a) => a.name.startsWith('floods-') || a.name.startsWith('kfloods-'));
    const files = [];
    for (const a of wanted) {
      const file = join(dir, `${a.name}.txt`);
      await writeFile(file, a.text);
      files.push(file);
    }
    await writeFile(join(dir, 'empty.txt'), '');
    let stdout = '';
    const code = await runCli(['compare', '--json', ...files, join(dir, 'empty.txt')], {
      version: '0',
      env: { ...process.env, BRIEFWRIGHT_HOME: await tempDir('briefwright-compare-home-') },
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
    });
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    const storyOf = (name: string) => out.stories.find((s: { files: string[] }) => s.files.includes(join(dir, `${name}.txt`)));
    expect(storyOf('floods-courier').files).toHaveLength(4);
    expect(storyOf('floods-courier').sources).toBe(4);
    expect(storyOf('kfloods-wire').files).toHaveLength(3);
    expect(storyOf('kfloods-wire')).not.toBe(storyOf('floods-courier'));
    const conflicts = out.figureConflicts.filter((c: { sure: boolean }) => c.sure).map((c: { a: { text: string }; b: { text: string } }) => [c.a.text, c.b.text].sort().join(' ≠ '));
    expect(conflicts).toContain('21 ≠ At least 19');
    expect(out.quoteDifferences.map((d: { a: { text: string } }) => d.a.text).join('\n')).toContain('no time to');
    for (const s of out.speakers) expect(s.files.length).toBeGreaterThan(0);
    expect(out.failed).toEqual([{ file: join(dir, 'empty.txt'), error: expect.objectContaining({ code: 'empty' }) }]);
  });

  it('answers a usage error without files', async () => {
    let stderr = '';
    const code = await runCli(['compare'], { version: '0', env: process.env, stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) } });
    expect(code).toBe(2);
    expect(stderr).toContain('name at least one file');
  });
});
