import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { HARBOUR_ARTICLE } from '../../test/fixtures/articles';
import { textOfDocumentXml } from '../../test/helpers/docxText';
import type { Handlers } from '../../shared/ipc/contract';
import { contract } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { newItem } from '../../shared/model/newBriefing';
import { createServices } from './createServices';
import { openLibrary } from './library';

const bytesOf = (text: string) => new TextEncoder().encode(text);

async function freshCore(): Promise<{ core: Handlers; root: string }> {
  const root = await mkdtemp(join(tmpdir(), 'briefwright-templates-'));
  return { core: createServices(openLibrary(root)), root };
}

async function templateFiles(root: string): Promise<string[]> {
  return (await readdir(join(root, 'templates')).catch(() => [] as string[])).sort();
}

async function docxParts(bytes: Uint8Array | null): Promise<{ text: string; styles: string }> {
  const zip = await JSZip.loadAsync(bytes ?? new Uint8Array());
  return { text: textOfDocumentXml(await zip.file('word/document.xml')!.async('string')), styles: await zip.file('word/styles.xml')!.async('string') };
}

const refusalOf = async (promise: Promise<unknown>) => promise.then(() => ({ code: 'accepted' }), (error: { code: string; message: string }) => ({ code: error.code, message: error.message }));

describe('templates in the library', () => {
  it('ships three built-in templates that cannot be changed or deleted', async () => {
    const { core } = await freshCore();
    const list = await core.listTemplates({});
    expect(list.map((t) => t.name)).toEqual(['Daily brief', 'Weekly situation report', 'Media monitoring digest']);
    expect(list.every((t) => t.builtIn && t.sectionCount >= 3)).toBe(true);
    const daily = await core.getTemplate({ id: list[0].id });
    expect(await refusalOf(core.saveTemplate({ template: { ...daily, name: 'Mine' } }))).toMatchObject({ code: 'forbidden' });
    expect(await refusalOf(core.deleteTemplate({ id: daily.id }))).toMatchObject({ code: 'forbidden' });
  });

  it('saves the analyst’s own template as a JSON file with a schemaVersion, keeps names unique, and deletes it', async () => {
    const { core, root } = await freshCore();
    const daily = await core.getTemplate({ id: 'builtin-daily-brief' });
    const { id: _id, ...fields } = daily;
    void _id;
    const mine = await core.saveTemplate({ template: { ...fields, name: 'Ukraine Daily', titlePattern: 'Ukraine Daily — {date:d MMMM yyyy}' } });
    expect(mine.id).toMatch(/^tpl_/);
    const stored = JSON.parse(await readFile(join(root, 'templates', `${mine.id}.json`), 'utf8'));
    expect(stored).toMatchObject({ schemaVersion: 2, name: 'Ukraine Daily' });

    const renamed = await core.saveTemplate({ template: { ...mine, name: 'Ukraine Morning' } });
    expect(renamed).toMatchObject({ id: mine.id, name: 'Ukraine Morning', createdAt: mine.createdAt });
    expect(await refusalOf(core.saveTemplate({ template: { ...fields, name: 'ukraine morning' } }))).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('already a template') });
    expect(await refusalOf(core.saveTemplate({ template: { ...mine, titlePattern: 'Daily {today}' } }))).toMatchObject({ code: 'invalid-input' });

    expect(await core.deleteTemplate({ id: mine.id })).toEqual({ deleted: true });
    expect(await templateFiles(root)).toEqual([]);
    expect((await core.listTemplates({})).map((t) => t.name)).not.toContain('Ukraine Morning');
  });

  it('duplicates a template under a free name, built-in ones included', async () => {
    const { core } = await freshCore();
    const copy = await core.duplicateTemplate({ id: 'builtin-weekly-sitrep' });
    const again = await core.duplicateTemplate({ id: 'builtin-weekly-sitrep' });
    expect([copy.name, again.name]).toEqual(['Weekly situation report (copy)', 'Weekly situation report (copy) (2)']);
    const original = await core.getTemplate({ id: 'builtin-weekly-sitrep' });
    expect(copy.sections.map((s) => s.title)).toEqual(original.sections.map((s) => s.title));
    expect(copy.exportOptions).toEqual(original.exportOptions);
    // The copy is the analyst's to change.
    const changed = await core.saveTemplate({ template: { ...copy, classification: 'OFFICIAL-SENSITIVE' } });
    expect(changed.classification).toBe('OFFICIAL-SENSITIVE');
  });

  it('exports a template file and imports it back as a new template, renaming it when the name is taken', async () => {
    const { core } = await freshCore();
    const file = await core.exportTemplate({ id: 'builtin-media-digest' });
    expect(file.fileName).toBe('Media monitoring digest.briefwright-template.json');
    const imported = await core.importTemplate({ fileName: file.fileName, text: file.data });
    expect(imported.name).toBe('Media monitoring digest (2)');
    expect(imported.id).not.toBe('builtin-media-digest');
    const viaBytes = await core.importTemplate({ fileName: file.fileName, data: bytesOf(file.data) });
    expect(viaBytes.name).toBe('Media monitoring digest (3)');
    expect(viaBytes.sections.map((s) => s.rules)).toEqual((await core.getTemplate({ id: 'builtin-media-digest' })).sections.map((s) => s.rules));
  });

  it('refuses a bad or hostile template file with a clear message and changes nothing', async () => {
    const { core, root } = await freshCore();
    const kept = await core.importTemplate({ fileName: 'a.json', text: (await core.exportTemplate({ id: 'builtin-daily-brief' })).data });
    const before = await templateFiles(root);
    const good = JSON.parse((await core.exportTemplate({ id: kept.id })).data);
    const attempts = [
      { fileName: 'notes.json', text: 'this is not JSON' },
      { fileName: 'brief.docx', data: bytesOf('PK\u0003\u0004') },
      { fileName: 'future.json', text: JSON.stringify({ ...good, schemaVersion: 7 }) },
      { fileName: 'evil.json', text: JSON.stringify(good).replace('{', '{"__proto__": {"polluted": "yes"},') },
      { fileName: 'big.json', text: JSON.stringify({ ...good, description: 'x'.repeat(500_000) }) },
      { fileName: 'overwrite.json', text: JSON.stringify({ ...good, id: kept.id, name: 'Hijack', sections: 'none' }) },
    ];
    for (const input of attempts) {
      const result = await dispatch(core, 'importTemplate', input);
      expect(result.ok, input.fileName).toBe(false);
      if (!result.ok) expect(['invalid-file', 'too-large']).toContain(result.code);
      if (!result.ok) expect(result.message).toMatch(/template|Briefwright/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await templateFiles(root)).toEqual(before);
    expect(await core.getTemplate({ id: kept.id })).toEqual(kept);
  });

  it('opens an older template file found in the library, and moves an unreadable one aside without losing the others', async () => {
    const { core, root } = await freshCore();
    await core.duplicateTemplate({ id: 'builtin-daily-brief', name: 'Keeper' });
    const v1 = { schemaVersion: 1, id: 'tpl_v1', name: 'Old one', title: 'Old {date:yyyy}', sections: [{ title: 'All', keywords: ['port'] }] };
    await writeFile(join(root, 'templates', 'tpl_v1.json'), JSON.stringify(v1));
    await writeFile(join(root, 'templates', 'tpl_broken.json'), '{"schemaVersion": 2, "id": "tpl_broken"');
    const names = (await core.listTemplates({})).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Keeper', 'Old one']));
    const old = await core.getTemplate({ id: 'tpl_v1' });
    expect(old).toMatchObject({ schemaVersion: 2, titlePattern: 'Old {date:yyyy}', sections: [{ title: 'All', rules: [{ keywords: ['port'] }] }] });
    expect(await readdir(join(root, 'templates', '.quarantine'))).toHaveLength(1);
  });
});

describe('briefings and templates', () => {
  it('round trip: save a briefing as a template, start tomorrow’s from it, export — same sections, same style', async () => {
    const { core } = await freshCore();
    // As the template manager sends it: through the contract, which fills in the defaults.
    const own = await core.saveTemplate(contract.saveTemplate.input.parse({
      template: {
        name: 'Ukraine Daily',
        titlePattern: 'Ukraine Daily — {date:d MMMM yyyy}',
        classification: 'OFFICIAL',
        sections: [
          { title: 'Front line', intro: 'Overnight fighting and strikes.', rules: [{ keywords: ['drone*'] }] },
          { title: 'Diplomacy', intro: '', rules: [{ kinds: ['quote'] }] },
          { title: 'Elsewhere', rules: [{}] },
        ],
        exportOptions: { cover: false, contents: 'none', fonts: { body: 'Georgia', headings: 'Georgia' }, colours: { headings: '7A1F1F' }, sizes: { heading1: 18 } },
      },
    }));
    const today = await core.createBriefingFromTemplate({ templateId: own.id, date: '2026-11-25' });
    expect(today).toMatchObject({ title: 'Ukraine Daily — 25 November 2026', date: '2026-11-25', classification: 'OFFICIAL', templateId: own.id });
    // The template's intro is a placeholder for the analyst's summary, not a summary of its own.
    expect(today.sections.map((s) => [s.title, s.summary, s.hint ?? ''])).toEqual([
      ['Front line', '', 'Overnight fighting and strikes.'],
      ['Diplomacy', '', ''],
      ['Elsewhere', '', ''],
    ]);
    // The analyst works on today's briefing: adds an item, renames a section, adds one.
    today.sections[0].items.push(newItem({ kind: 'excerpt', text: 'Forty drones were shot down overnight.', source: null }));
    today.sections[1].title = 'Diplomacy and talks';
    today.sections.push({ id: 'sec_new', title: 'Energy', summary: 'Power and gas.', items: [] });
    await core.saveBriefing({ briefing: today });

    const made = await core.saveBriefingAsTemplate({ briefingId: today.id, name: 'Ukraine Daily v2' });
    expect(made.titlePattern).toBe('Ukraine Daily — {date:d MMMM yyyy}');
    expect(made.sections.map((s) => s.title)).toEqual(['Front line', 'Diplomacy and talks', 'Elsewhere', 'Energy']);
    expect(made.sections[0].rules[0].keywords).toEqual(['drone*']);

    const tomorrow = await core.createBriefingFromTemplate({ templateId: made.id, date: '2026-11-26' });
    expect(tomorrow.title).toBe('Ukraine Daily — 26 November 2026');
    // Today's summaries come back tomorrow as the placeholders of the same sections, which start empty.
    expect(tomorrow.sections.map((s) => [s.title, s.summary, s.hint ?? '', s.items.length])).toEqual([
      ['Front line', '', 'Overnight fighting and strikes.', 0],
      ['Diplomacy and talks', '', '', 0],
      ['Elsewhere', '', '', 0],
      ['Energy', '', 'Power and gas.', 0],
    ]);
    expect(await core.getBriefing({ id: tomorrow.id })).toEqual(tomorrow);

    // Tomorrow's analyst fills two sections; empty ones stay out of the document, as in today's.
    tomorrow.sections[0].items.push(newItem({ kind: 'excerpt', text: 'Thirty drones were shot down overnight.', source: null }));
    tomorrow.sections[3].summary = 'Gas storage is full.';
    await core.saveBriefing({ briefing: tomorrow });
    const first = await docxParts((await core.exportDocx({ briefingId: today.id })).data);
    const second = await docxParts((await core.exportDocx({ briefingId: tomorrow.id })).data);
    const headings = (text: string) => text.split('\n').filter((line) => ['Front line', 'Diplomacy and talks', 'Elsewhere', 'Energy'].includes(line));
    expect(headings(second.text)).toEqual(['Front line', 'Energy']);
    expect(headings(second.text)).toEqual(headings(first.text));
    expect(second.text).toContain('Ukraine Daily — 26 November 2026');
    expect(second.text).not.toContain('Forty drones');
    expect(second.styles).toBe(first.styles);
    expect(second.styles).toContain('w:ascii="Georgia"');
    expect(second.styles).toContain('7A1F1F');
    expect(second.styles).toContain('w:val="36"'); // Heading 1 at 18 pt
  });

  it('exports a briefing made from a built-in template in that template’s style', async () => {
    const { core } = await freshCore();
    const digest = await core.createBriefingFromTemplate({ templateId: 'builtin-media-digest', date: '2026-11-25' });
    const plain = await core.createBriefing({ date: '2026-11-25' });
    const styled = await docxParts((await core.exportDocx({ briefingId: digest.id })).data);
    const defaults = await docxParts((await core.exportDocx({ briefingId: plain.id })).data);
    expect(styled.styles).toContain('385623');
    expect(defaults.styles).not.toContain('385623');
  });

  it('places an imported article’s suggestions into the briefing’s sections and saves it', async () => {
    const { core } = await freshCore();
    const [imported] = await core.importFiles({ files: [{ name: 'harbour.txt', data: bytesOf(HARBOUR_ARTICLE) }] });
    if (!imported.ok) throw new Error('import failed');
    const digest = await core.createBriefingFromTemplate({ templateId: 'builtin-media-digest', title: 'Harbour digest' });
    expect(digest.title).toBe('Harbour digest');
    const { briefing, placed } = await core.autoPlaceSuggestions({ briefingId: digest.id, articleIds: [imported.article.id], minConfidence: 0.5 });
    expect(placed).toBeGreaterThanOrEqual(2);
    const said = briefing.sections.find((s) => s.title === 'What they said')!;
    const numbers = briefing.sections.find((s) => s.title === 'By the numbers')!;
    expect(said.items.some((i) => i.kind === 'quote' && i.speaker === 'Daniel Okafor')).toBe(true);
    expect(numbers.items.some((i) => i.kind === 'figure' && i.text.includes('18.2 billion'))).toBe(true);
    expect(numbers.items.every((i) => i.source?.articleId === imported.article.id && i.source.publication === 'Coastal Ledger')).toBe(true);
    expect(await core.getBriefing({ id: digest.id })).toEqual(briefing);
  });
});
