import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { textOfDocumentXml } from '../../test/helpers/docxText';
import JSZip from 'jszip';
import { newItem } from '../../shared/model/newBriefing';
import { createServices } from './createServices';
import { openLibrary } from './library';

async function letterhead(): Promise<Uint8Array> {
  const document = new Document({
    sections: [{ children: [new Paragraph('Ministry of Harbours — internal'), new Paragraph('{{title}}'), new Paragraph('{{body}}')] }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

describe("the organisation's own Word template", () => {
  it('is kept in the library and the briefing is poured into it at export', async () => {
    const core = createServices(openLibrary(await mkdtemp(join(tmpdir(), 'briefwright-wt-'))));
    const info = await core.addWordTemplate({ name: 'Ministry letterhead.dotx', data: await letterhead() });
    expect(info).toMatchObject({ fileName: 'Ministry letterhead.docx', placeholders: expect.arrayContaining(['title', 'body']) });
    expect(await core.listWordTemplates({})).toEqual([info]);

    const briefing = await core.createBriefing({ title: 'Harbour morning brief', date: '2026-03-15' });
    briefing.sections[0].items.push(newItem({ kind: 'excerpt', text: 'Four deep-water berths are planned.', source: null }));
    await core.saveBriefing({ briefing: { ...briefing, exportOptions: { wordTemplateId: info.id } } as typeof briefing });
    const exported = await core.exportDocx({ briefingId: briefing.id });
    const zip = await JSZip.loadAsync(exported.data!);
    const text = textOfDocumentXml(await zip.file('word/document.xml')!.async('string'));
    expect(text).toContain('Ministry of Harbours — internal');
    expect(text).toContain('Harbour morning brief');
    expect(text).toContain('Four deep-water berths are planned.');
    expect(text).not.toContain('{{body}}');
  });

  it('refuses a file that is not a Word document and stores nothing', async () => {
    const core = createServices(openLibrary(await mkdtemp(join(tmpdir(), 'briefwright-wt-'))));
    await expect(core.addWordTemplate({ name: 'letter.docx', data: new TextEncoder().encode('not a zip at all') })).rejects.toMatchObject({ code: expect.stringMatching(/invalid-file|corrupt/) });
    expect(await core.listWordTemplates({})).toEqual([]);
  });
});
