import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../electron/services/library';
import { ArticleSchema } from '../shared/model/article';
import { BriefingSchema } from '../shared/model/briefing';
import { ROOT } from './helpers/host';
import { useTempFolders } from './helpers/tempFolders';

const tempFolder = useTempFolders();
/** Stops a workload left running by a failed test. */
let stopWorkload: (() => void) | null = null;
afterEach(async () => {
  stopWorkload?.();
  stopWorkload = null;
});

/** Runs the workload in a child process until it has acknowledged `enough` writes of each kind, then kills it with SIGKILL. */
function runAndKill(root: string, enough: number): Promise<string[]> {
  return new Promise((done, fail) => {
    // tsx as a loader in this very process (not its CLI, which runs the script in a second process the kill would miss).
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/helpers/libraryWorkload.ts'), root], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const kill = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const acks: string[] = [];
    let buffered = '';
    let stderr = '';
    stopWorkload = kill;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) if (line.startsWith('ack ')) acks.push(line.slice(4));
      const of = (kind: string) => acks.filter((a) => a.startsWith(kind)).length;
      if (of('briefing') >= enough && of('article') >= 3 && of('quarantined') >= 3 && child.exitCode === null && !child.killed) kill();
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') done(acks);
      else fail(new Error(`the workload stopped by itself (${code}): ${stderr}`));
    });
  });
}

describe('a library killed with kill -9 in the middle of saves, imports and quarantines', () => {
  it('has every file valid and every acknowledged write on disk', { timeout: 180_000 }, async () => {
    const root = await tempFolder('briefwright-kill-');
    const acks = await runAndKill(root, 20);

    // Every document file in the library reads as valid JSON of its schema: nothing half-written.
    for (const [folder, schema] of [['articles', ArticleSchema], ['briefings', BriefingSchema]] as const) {
      for (const name of (await readdir(join(root, folder))).filter((n) => n.endsWith('.json'))) {
        if (name.startsWith('brf_damaged_')) continue; // written damaged on purpose, maybe not yet moved aside
        const text = await readFile(join(root, folder, name), 'utf8');
        expect(() => schema.parse(JSON.parse(text)), `${folder}/${name}`).not.toThrow();
      }
    }

    const library = openLibrary(root);
    const latest = new Map<string, number>();
    for (const line of acks) {
      const [kind, id, version] = line.split(' ');
      if (kind === 'briefing') latest.set(id, Math.max(latest.get(id) ?? -1, Number(version)));
      if (kind === 'article') expect(await library.articles.read(id), `article ${id}`).not.toBeNull();
      if (kind === 'quarantined') expect(await readdir(join(root, 'briefings'))).not.toContain(`${id}.json`);
    }
    expect(latest.size).toBe(2);
    for (const [id, version] of latest) {
      const briefing = await library.briefings.get(id);
      // The briefing holds at least the last acknowledged version (a later save may have landed before the kill).
      expect(Number(/v(\d+)$/.exec(briefing.title)![1]), briefing.title).toBeGreaterThanOrEqual(version);
      expect(briefing.sections[0].items.length).toBeGreaterThanOrEqual(version);
    }
    expect(acks.some((a) => a.startsWith('article'))).toBe(true);
    expect(acks.some((a) => a.startsWith('quarantined'))).toBe(true);
    // Nothing undamaged was moved aside.
    const aside = await readdir(join(root, 'briefings', '.quarantine')).catch(() => []);
    expect(aside.every((name) => name.includes('brf_damaged_'))).toBe(true);
  });
});
