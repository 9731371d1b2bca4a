import { readdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../shared/model/briefing';
import { BriefingSchema } from '../../shared/model/briefing';
import { launchChromium, openBriefwright } from '../helpers/browser';
import { pickedItem, seedArticle, seedBriefing, writeLibrary } from '../helpers/editorLibrary';
import type { RunningHost } from '../helpers/host';
import { startHost, tempHome } from '../helpers/host';

const PARAGRAPH = 'The authority said the expansion would add four deep-water berths, a rail link and 10,000 jobs over a decade, with work starting in June.';
const ARTICLE = seedArticle({ id: 'art_big', title: 'Harbour expansion', paragraphs: Array.from({ length: 50 }, () => PARAGRAPH) });

/**
 * The processes a host runs as: tsx's launcher starts the server as its child, so a SIGKILL to the launcher
 * alone would leave the server running. Children first, read from /proc.
 */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    children = [];
  }
  return [...children.flatMap(processTree), pid];
}

/** Pulls the plug: SIGKILL to the host's server and its launcher at once, as a crash or a power cut would. */
function killHard(running: RunningHost): void {
  for (const pid of processTree(running.process.pid!)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

let browser: Browser;
let host: RunningHost | null = null;
let home: string;
let briefingId: string;

beforeAll(async () => {
  home = await tempHome();
  // A large briefing, so each save writes a few hundred kilobytes and a kill lands inside a write.
  const items: Item[] = Array.from({ length: 400 }, (_, i) => pickedItem(ARTICLE, i % 50, 'four deep-water berths, a rail link and 10,000 jobs'));
  const briefing = seedBriefing('Crash test brief', '2026-11-25', { Ports: items.slice(0, 200), Jobs: items.slice(200) });
  briefingId = briefing.id;
  await writeLibrary(home, { articles: [ARTICLE], briefings: [briefing] });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('never losing work', () => {
  it('keeps the briefing file whole when the host is killed while saving, and opens the last saved state after a restart', { timeout: 120_000 }, async () => {
    host = await startHost(home);
    const page = await openBriefwright(browser, host);
    const summary = page.getByRole('listitem', { name: 'Section Ports' }).getByLabel('Section summary');
    await summary.waitFor();

    // Kill the host (SIGKILL: no chance to tidy up) the moment the third save is on its way to it.
    let saves = 0;
    const running = host;
    const killed = new Promise<void>((resolve) => {
      page.on('request', (request) => {
        if (!request.url().endsWith('/api/saveBriefing')) return;
        saves += 1;
        if (saves === 3) {
          killHard(running);
          resolve();
        }
      });
    });
    await summary.click();
    let typed = '';
    // Five words at a time, then a pause until the autosave goes out: no fixed pauses a slow machine outruns.
    for (let i = 0; saves < 3; i += 5) {
      const saved = page.waitForRequest((request) => request.url().endsWith('/api/saveBriefing'));
      for (let j = i; j < i + 5; j++) {
        const word = `w${j} `;
        await page.keyboard.type(word);
        typed += word;
      }
      await saved;
    }
    await killed;
    await new Promise<void>((resolve) => (running.process.exitCode !== null || running.process.signalCode !== null ? resolve() : running.process.once('exit', () => resolve())));
    await page.context().close();

    // The file is whole: valid JSON that passes the schema, with all its items.
    const file = join(home, 'briefings', `${briefingId}.json`);
    const text = await readFile(file, 'utf8');
    const onDisk = BriefingSchema.parse(JSON.parse(text));
    expect(onDisk.sections.flatMap((s) => s.items)).toHaveLength(400);
    // What was saved is what was typed, up to some point.
    expect(typed.startsWith(onDisk.sections[0].summary)).toBe(true);
    expect(onDisk.sections[0].summary.length).toBeGreaterThan(0);
    // Nothing else was left in the folder that the library would read as a briefing.
    expect((await readdir(join(home, 'briefings'))).filter((f) => f.endsWith('.json') && !f.startsWith('.'))).toEqual([`${briefingId}.json`]);

    // After a restart the last saved state opens again.
    host = await startHost(home);
    const again = await openBriefwright(browser, host);
    const reopened = again.getByRole('listitem', { name: 'Section Ports' }).getByLabel('Section summary');
    await reopened.waitFor();
    expect(await reopened.inputValue()).toBe(onDisk.sections[0].summary);
    expect(await again.getByLabel('Briefing title').inputValue()).toBe('Crash test brief');
    await again.context().close();
  });
});
