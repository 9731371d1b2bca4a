import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HARBOUR_ARTICLE } from '../../test/fixtures/articles';
import { dispatch } from '../../shared/ipc/dispatch';
import { ingest } from '../../shared/ingest/ingest';
import { newItem } from '../../shared/model/newBriefing';
import { createServices } from './createServices';
import { openLibrary } from './library';
import { useTempFolders } from '../../test/helpers/tempFolders';

const bytesOf = (text: string | Uint8Array) => new Uint8Array(Buffer.from(text));
const tempFolder = useTempFolders();

/** A library with one briefing quoting the harbour story. */
async function libraryInUse() {
  const root = await tempFolder('briefwright-proto-');
  const core = createServices(openLibrary(root));
  const [outcome] = await core.importFiles({ files: [{ name: 'harbour.txt', data: bytesOf(HARBOUR_ARTICLE) }] });
  if (!outcome.ok) throw new Error('the fixture did not import');
  const briefing = await core.createBriefing({ title: 'Ports' });
  const source = (articleId: string) => ({ articleId, paragraph: 0, start: 0, end: 5, title: null, publication: null, published: null, url: null });
  briefing.sections[0].items.push(newItem({ kind: 'excerpt', text: 'Words', source: source(outcome.article.id) }));
  await core.saveBriefing({ briefing });
  return { root, core, articleId: outcome.article.id, briefing, source };
}

describe('ids such as __proto__ and constructor', () => {
  it('are refused when a briefing is saved, and usage marks keep working', async () => {
    const { core, articleId, briefing, source } = await libraryInUse();
    for (const hostile of ['__proto__', 'constructor', 'prototype']) {
      const bad = { ...briefing, id: `other-${hostile}`, sections: [{ ...briefing.sections[0], items: [newItem({ kind: 'excerpt', text: 'x', source: source(hostile) })] }] };
      expect(await dispatch(core, 'saveBriefing', { briefing: bad })).toMatchObject({ ok: false, code: 'invalid-input' });
      expect(await dispatch(core, 'getArticle', { id: hostile })).toMatchObject({ ok: false, code: 'invalid-input' });
    }
    expect(await dispatch(core, 'getUsage', {})).toMatchObject({ ok: true, value: { articles: { [articleId]: [{ id: briefing.id }] } } });
  });

  it('in a briefing file already on disk or in a shared file, do not break usage marks for every other briefing', async () => {
    const { root, core, articleId, briefing, source } = await libraryInUse();
    for (const hostile of ['__proto__', 'constructor']) {
      const planted = { ...briefing, id: `brf_planted_${hostile.replace(/_/g, '')}`, sections: [{ ...briefing.sections[0], items: [newItem({ kind: 'excerpt', text: 'x', source: source(hostile) })] }] };
      await writeFile(join(root, 'briefings', `${planted.id}.json`), JSON.stringify(planted));
      const bundle = { format: 'briefwright-briefing', schemaVersion: 1, exportedAt: new Date().toISOString(), briefing: { ...planted, id: `brf_shared_${hostile.replace(/_/g, '')}` }, articles: [] };
      expect(await dispatch(core, 'importBriefingBundle', { fileName: 'x.briefing', data: bytesOf(JSON.stringify(bundle)) })).toMatchObject({ ok: false, code: 'corrupt' });
    }
    const usage = await dispatch(core, 'getUsage', {});
    expect(usage).toMatchObject({ ok: true, value: { articles: { [articleId]: [{ id: briefing.id }] } } });
    expect(Object.keys((usage as { value: { articles: object } }).value.articles)).toEqual([articleId]);
  });
});

describe('outside words that name a property of every object', () => {
  it('are read as text: a "Constructor:" line is read like any unknown label, a .constructor file like any unknown extension', async () => {
    const read = async (label: string, name = 'notes.txt') => {
      const text = `Harbour works begin\n${label}: Harbour Works Ltd\n\nThe new berths open in May, the contractor said on Friday.`;
      const { title, paragraphs, origin } = await ingest({ name, bytes: new TextEncoder().encode(text) });
      return JSON.parse(JSON.stringify({ title, paragraphs, origin }).replace(/Constructor|Contractor/g, 'LABEL'));
    };
    const known = await read('Contractor');
    expect(JSON.stringify([known.title, known.paragraphs])).toContain('LABEL: Harbour Works Ltd');
    expect(await read('Constructor')).toEqual(known);
    const refusal = (name: string) => ingest({ name, bytes: new TextEncoder().encode('Some words.') }).then(() => 'read', (error: { code: string }) => error.code);
    expect(await refusal('notes.constructor')).toBe(await refusal('notes.contractor'));
  });
});
