import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newBriefing, newItem, newSection } from '../../shared/model/newBriefing';
import JSZip from 'jszip';
import { textOfDocumentXml } from '../../test/helpers/docxText';
import { createServices } from './createServices';
import { openLibrary } from './library';

const made: string[] = [];
afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

async function freshCore() {
  const root = await mkdtemp(join(tmpdir(), 'briefwright-settings-'));
  made.push(root);
  return { root, core: createServices(openLibrary(root)) };
}

describe("the organisation's settings", () => {
  it('are saved in the library and read back; a damaged file is moved aside and the defaults apply', async () => {
    const { root, core } = await freshCore();
    expect(await core.getSettings({})).toEqual({ schemaVersion: 1, defaultClassification: null, quoteWordLimit: null });
    await core.saveSettings({ settings: { quoteWordLimit: 300 } });
    expect(await core.saveSettings({ settings: { defaultClassification: 'OFFICIAL-SENSITIVE' } })).toMatchObject({ quoteWordLimit: 300, defaultClassification: 'OFFICIAL-SENSITIVE' });
    expect(await createServices(openLibrary(root)).getSettings({})).toMatchObject({ quoteWordLimit: 300, defaultClassification: 'OFFICIAL-SENSITIVE' });
    await writeFile(join(root, 'settings.json'), '{"schemaVersion": 1, "quoteWordLimit": "lots"}');
    expect((await core.getSettings({})).quoteWordLimit).toBeNull();
    expect((await readdir(root)).some((f) => f.startsWith('settings.json.unreadable-'))).toBe(true);
  });

  it('put the default marking on a Word export of a briefing that sets none, and leave a briefing\'s own marking alone', async () => {
    const { core } = await freshCore();
    await core.saveSettings({ settings: { defaultClassification: 'OFFICIAL-SENSITIVE' } });
    const briefing = newBriefing({ title: 'Marked by default', date: '2026-03-15' });
    const section = newSection('Ports');
    section.items.push(newItem({ kind: 'excerpt', text: 'The harbour will close for repairs.', source: null }));
    briefing.sections = [section];
    await core.saveBriefing({ briefing });
    const headerText = async (id: string) => {
      const file = await core.exportDocx({ briefingId: id });
      const zip = await JSZip.loadAsync(file.data as Uint8Array);
      const headers = Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n));
      const texts = await Promise.all(headers.map(async (n) => textOfDocumentXml(await zip.file(n)!.async('string'))));
      return texts.join('\n');
    };
    expect(await headerText(briefing.id)).toContain('OFFICIAL-SENSITIVE');
    await core.saveBriefing({ briefing: { ...briefing, classification: 'SECRET' } });
    const own = await headerText(briefing.id);
    expect(own).toContain('SECRET');
    expect(own).not.toContain('OFFICIAL-SENSITIVE');
  });
});
