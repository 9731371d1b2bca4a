import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const FEEDS = join(import.meta.dirname, '../../test/fixtures/feeds');
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});
const temp = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'briefwright-feed-cli-'));
  folders.push(dir);
  return dir;
};

describe('briefwright feed', () => {
  it('--json prints an RSS and an Atom file’s items', async () => {
    const home = await temp();
    const run = async (file: string) => {
      let stdout = '';
      const code = await runCli(['feed', '--json', join(FEEDS, file)], { version: '0', env: { ...process.env, BRIEFWRIGHT_HOME: home }, stdout: { write: (t) => (stdout += t) }, stderr: { write: () => undefined } });
      return { code, items: JSON.parse(stdout) };
    };
    const wire = await run('wire.rss');
    expect(wire.code).toBe(0);
    expect(wire.items[0]).toEqual({ title: 'Copper climbs to a two-year high as Chilean output falls', link: 'https://wire.example.org/markets/copper-two-year-high', published: '2025-12-17', byline: 'Camila Reyes Toledo' });
    expect((await run('ledger.atom')).items.map((i: { byline: string }) => i.byline)).toEqual(['Amelia Osei-Brennan', 'Rohan Mehta-Lindqvist']);
  });
});
