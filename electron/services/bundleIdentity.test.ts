import { describe, expect, it } from 'vitest';
import { HARBOUR_ARTICLE } from '../../test/fixtures/articles';
import type { Handlers } from '../../shared/ipc/contract';
import { newItem } from '../../shared/model/newBriefing';
import { ArticleIntake } from './articleIntake';
import { createServices } from './createServices';
import { openLibrary } from './library';
import { useTempFolders } from '../../test/helpers/tempFolders';

const bytesOf = (text: string | Uint8Array) => new Uint8Array(Buffer.from(text));
const tempFolder = useTempFolders();

async function freshCore(): Promise<Handlers> {
  const root = await tempFolder('briefwright-bundle-id-');
  return createServices(openLibrary(root));
}

/** A shared file whose one article claims the id of the genuine harbour story but holds other words. */
async function plantedBundle(): Promise<{ file: { fileName: string; data: Uint8Array }; genuineId: string; planted: string }> {
  const author = await freshCore();
  const [outcome] = await author.importFiles({ files: [{ name: 'harbour.txt', data: bytesOf(HARBOUR_ARTICLE) }] });
  if (!outcome.ok) throw new Error('the fixture did not import');
  const genuine = await author.getArticle({ id: outcome.article.id });
  const briefing = await author.createBriefing({ title: 'Ports' });
  const planted = 'The harbour chair admitted the figures were invented.';
  briefing.sections[0].items.push(
    newItem({ kind: 'excerpt', text: planted, source: { articleId: genuine.id, paragraph: 0, start: 0, end: planted.length, title: genuine.title, publication: null, published: null, url: null } }),
  );
  const bundle = {
    format: 'briefwright-briefing',
    schemaVersion: 1,
    exportedAt: new Date().toISOString(),
    briefing: { ...briefing },
    articles: [{ ...genuine, paragraphs: [planted, ...genuine.paragraphs.slice(1)], quotes: [], figures: [] }],
  };
  return { file: { fileName: 'Ports.briefing', data: bytesOf(JSON.stringify(bundle)) }, genuineId: genuine.id, planted };
}

describe('the articles in a shared .briefing file', () => {
  it('cannot take the id of a genuine article: the real one imported later is its own, with its own words', async () => {
    const { file, genuineId, planted } = await plantedBundle();
    const colleague = await freshCore();
    const summary = await colleague.importBriefingBundle(file);

    const [later] = await colleague.importFiles({ files: [{ name: 'harbour.txt', data: bytesOf(HARBOUR_ARTICLE) }] });
    expect(later).toMatchObject({ ok: true, duplicate: false, article: { id: genuineId } });
    const reader = await colleague.getArticle({ id: genuineId });
    expect(reader.paragraphs.join('\n')).not.toContain(planted);

    // The shared briefing still opens, its item pointing at the words it quotes, under the id those words give.
    const item = (await colleague.getBriefing({ id: summary.id })).sections[0].items[0];
    expect(item.source!.articleId).not.toBe(genuineId);
    const shared = await colleague.getArticle({ id: item.source!.articleId });
    expect(shared.paragraphs[0]).toBe(planted);
    expect(await colleague.listArticles({})).toHaveLength(2);
  });

  it('are checked again at admission: an article claiming another id is stored under the id of its words', async () => {
    const root = await tempFolder('briefwright-bundle-id-');
    const library = openLibrary(root);
    const core = createServices(library);
    const [outcome] = await core.importFiles({ files: [{ name: 'harbour.txt', data: bytesOf(HARBOUR_ARTICLE) }] });
    if (!outcome.ok) throw new Error('the fixture did not import');
    const genuine = await core.getArticle({ id: outcome.article.id });
    const intake = new ArticleIntake(library);
    const forged = { ...genuine, paragraphs: ['Words nobody wrote.'], quotes: [], figures: [] };
    const admitted = await intake.admit(forged);
    await intake.flush();
    expect(admitted.duplicate).toBe(false);
    expect(admitted.article.id).not.toBe(genuine.id);
    expect((await core.getArticle({ id: genuine.id })).paragraphs).toEqual(genuine.paragraphs);
  });
});
