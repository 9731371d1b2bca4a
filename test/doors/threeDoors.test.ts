import { mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/runCli';
import type { Core } from '../../electron/services/openCore';
import { openCore } from '../../electron/services/openCore';
import { createHostServer } from '../../electron/web/hostServer';
import { call, createHttpApi } from '../../renderer/app/api';
import type { ExportedFile } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import type { Result } from '../../shared/ipc/result';
import type { Briefing } from '../../shared/model/briefing';
import { newItem } from '../../shared/model/newBriefing';
import { HARBOUR_ARTICLE } from '../fixtures/articles';
import { docxPart } from '../helpers/docxText';

/**
 * word/document.xml without what says when and in which process it was made: timestamps, and the docx
 * library's bookmark numbers (a counter per process, so a second export in one process counts on).
 */
function timeless(xml: string): string {
  const numbers = new Map<string, number>();
  return xml
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?/g, '<time>')
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?w:id=")(\d+)"/g, (_, head: string, id: string) => `${head}${numbers.get(id) ?? numbers.set(id, numbers.size + 1).get(id)}"`);
}

/**
 * One briefing, exported through the three front doors: the dispatch the Electron window's IPC calls
 * (registerHandlers runs exactly this, behind the sender check), the browser host over HTTP with the
 * page's own client, and the `briefwright` command line. The same options give the same document.
 */
describe('the same briefing through the three doors', () => {
  let home: string;
  let core: Core;
  let briefing: Briefing;

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'briefwright-doors-'));
    core = openCore({ env: { BRIEFWRIGHT_HOME: home } });
    const [outcome] = await core.handlers.importFiles({ files: [{ name: 'harbour.txt', data: new TextEncoder().encode(HARBOUR_ARTICLE) }] });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const article = await core.handlers.getArticle({ id: outcome.article.id });
    const quote = article.quotes[0];
    const created = await core.handlers.createBriefing({ title: 'Ports and power', date: '2026-03-15' });
    const source = { articleId: article.id, paragraph: quote.paragraph, start: quote.start, end: quote.end, title: article.title, publication: article.publication, published: article.published, url: article.url };
    created.sections[0].items.push(newItem({ kind: 'quote', text: quote.text, speaker: quote.speaker, source }));
    briefing = { ...created, classification: 'OFFICIAL', exportOptions: { ...created.exportOptions!, cover: true, contents: 'linked', sourceStyle: 'endnotes', preparedFor: 'The minister' } };
    await core.handlers.saveBriefing({ briefing });
  });
  afterAll(async () => {
    await core?.close();
  });

  it('gives the same word/document.xml from the window’s dispatch, the browser host and the CLI', async () => {
    const desktop = (await dispatch(core.handlers, 'exportDocx', { briefingId: briefing.id })) as Result<ExportedFile>;
    if (!desktop.ok) throw new Error(desktop.message);

    const server = createHostServer({ handlers: core.handlers, staticDir: home, token: 'doors-token' });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as AddressInfo).port;
    const hosted = await call(createHttpApi({ token: 'doors-token', baseUrl: `http://127.0.0.1:${port}` }), 'exportDocx', { briefingId: briefing.id });
    server.close();
    if (!hosted.ok) throw new Error(hosted.message);

    const saved = join(home, 'saved-briefing.json');
    await writeFile(saved, JSON.stringify(await core.handlers.getBriefing({ id: briefing.id })));
    const out = join(home, 'cli.docx');
    let stderr = '';
    const code = await runCli(['export', saved, '--out', out], { version: '0', env: { BRIEFWRIGHT_HOME: home }, stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) } });
    expect(stderr).toBe('');
    expect(code).toBe(0);

    const [viaDispatch, viaHost, viaCli] = await Promise.all([docxPart(desktop.value.data!), docxPart(hosted.value.data!), docxPart(out)]);
    expect(viaDispatch).toContain(briefing.sections[0].items[0].text.slice(0, 30));
    expect(timeless(viaHost)).toBe(timeless(viaDispatch));
    expect(timeless(viaCli)).toBe(timeless(viaDispatch));
  });
});
