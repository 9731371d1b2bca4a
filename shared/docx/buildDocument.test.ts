import JSZip from 'jszip';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocument } from './buildDocument';
import { sampleBriefing } from './sampleBriefing';

async function documentXml(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return zip.file('word/document.xml')!.async('string');
}

describe('buildDocument', () => {
  it('writes the title, the date, each section as Heading 1 and each item with its source', async () => {
    const xml = await documentXml(await Packer.toBuffer(buildDocument(sampleBriefing())));
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>.*Morning Energy Briefing/);
    expect(xml).toContain('4 March 2026');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*Markets/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*Policy/);
    expect(xml).toContain('Gas prices eased after the storage report.');
    expect(xml).toMatch(/<w:pStyle w:val="Quote"\/>(?:(?!<\/w:p>).)*We expect prices to stay volatile/);
    expect(xml).toContain('The regulator will publish its review of the price cap in May.');
    expect(xml).toContain('The Daily Ledger');
    expect(xml).toContain('Gas prices ease on storage news');
  });
});
