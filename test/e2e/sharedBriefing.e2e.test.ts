import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createHttpApi } from '../../renderer/app/api';
import type { In, Method, Out } from '../../shared/ipc/contract';
import { HARBOUR_ARTICLE } from '../fixtures/articles';
import { launchChromium, openBriefwright } from '../helpers/browser';
import type { RunningHost } from '../helpers/host';
import { startHost, tempHome } from '../helpers/host';

/** Calls the browser host's API through the page's own client. */
async function api<M extends Method>(host: RunningHost, method: M, input: In<M>): Promise<Out<M>> {
  const result = await call(createHttpApi({ token: host.token, baseUrl: host.origin }), method, input);
  if (!result.ok) throw new Error(`${method}: ${result.message}`);
  return result.value;
}

describe('a .briefing file shared by a colleague', () => {
  let browser: Browser;
  let colleague: RunningHost;
  let analyst: RunningHost;
  let sharedFile: string;

  beforeAll(async () => {
    browser = await launchChromium();
    colleague = await startHost(await tempHome());
    analyst = await startHost(await tempHome());
    // The colleague's briefing, with one passage from an article the analyst does not have.
    const [outcome] = await api(colleague, 'importFiles', {
      files: [{ name: 'harbour.txt', data: new TextEncoder().encode(HARBOUR_ARTICLE) }],
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const briefing = await api(colleague, 'createBriefing', { title: 'Ports weekly', date: '2026-03-16' });
    const text = 'The plan adds four deep-water berths';
    briefing.sections[0].items.push({ id: 'itm_shared', kind: 'excerpt', text, note: '', speaker: null, role: null, what: null, source: { articleId: outcome.article.id, paragraph: 2, start: 0, end: text.length, title: null, publication: null, published: null, url: null } });
    await api(colleague, 'saveBriefing', { briefing });
    const bundle = await api(colleague, 'exportBriefingBundle', { briefingId: briefing.id });
    expect(bundle.fileName).toMatch(/\.briefing$/);
    sharedFile = join(await mkdtemp(join(tmpdir(), 'briefwright-share-')), bundle.fileName);
    await writeFile(sharedFile, bundle.data!);
  });
  afterAll(async () => {
    await browser?.close();
    await colleague?.stop();
    await analyst?.stop();
  });

  it('opens as a briefing, with the article it quotes, when added like any file', async () => {
    const page = await openBriefwright(browser, analyst);
    await page.getByLabel('Add files').setInputFiles(sharedFile);
    const briefing = page.getByRole('region', { name: 'Briefing' });
    await expect.poll(() => briefing.getByLabel('Briefing title').inputValue(), { timeout: 20_000 }).toBe('Ports weekly');
    await briefing.getByText('The plan adds four deep-water berths').first().waitFor();
    await page.getByRole('region', { name: 'Inbox' }).getByRole('button', { name: /Harbour authority approves/ }).first().waitFor();
    await page.context().close();
  });
});
