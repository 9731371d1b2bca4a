import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { buildDocument } from './buildDocument';
import { newBriefing, newItem, newSection } from '../model/newBriefing';
import { provenanceOf } from '../model/briefing';

describe('Word sources keep the copyright line and document id', () => {
  it('prints them in the source list entry of an article from a news-database export', async () => {
    const article = {
      id: 'art_1',
      title: 'Rotterdam port strike ends',
      publication: 'Meridian Wire Service',
      published: '2025-12-19',
      url: null,
      copyright: 'Copyright 2025 Meridian Wire Service. All Rights Reserved.',
      documentId: 'MERWIR0020251219elcj000a2',
    };
    const source = provenanceOf(article, { paragraph: 0, start: 0, end: 10 });
    const briefing = {
      ...newBriefing({ title: 'Morning brief' }),
      sections: [{ ...newSection('Ports'), items: [newItem({ kind: 'excerpt', text: 'Dockworkers returned', source })] }],
      exportOptions: { sourceStyle: 'list' as const },
    };
    const bytes = await Packer.toBuffer(buildDocument(briefing as never, { sourceStyle: 'list' }));
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Document MERWIR0020251219elcj000a2. Copyright 2025 Meridian Wire Service. All Rights Reserved.');
  });
});
