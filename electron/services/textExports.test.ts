import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Out } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { newBriefing, newItem, newSection } from '../../shared/model/newBriefing';
import { createServices } from './createServices';
import { openLibrary } from './library';

async function coreWithBriefing() {
  const library = openLibrary(await mkdtemp(join(tmpdir(), 'briefwright-text-')));
  const core = createServices(library);
  const briefing = newBriefing({ title: 'Harbour watch 3 March 2026', date: '2026-03-03' });
  const ports = { ...newSection('Ports & shipping'), summary: 'The week at the harbour.' };
  ports.items = [
    newItem({
      kind: 'quote',
      text: 'We will build <four> berths',
      speaker: 'Mara Ellison',
      role: 'harbour master',
      source: { articleId: 'art1', paragraph: 0, start: 0, end: 10, title: 'Harbour expands', publication: 'Gazette', published: '2026-03-02', url: 'https://example.org/h' },
    }),
  ];
  const withOptions = { ...briefing, classification: 'OFFICIAL', sections: [ports], exportOptions: undefined };
  await core.saveBriefing({ briefing: withOptions });
  return { core, briefing: withOptions };
}

describe('Markdown export and copy for email through the contract', () => {
  it('answers a .md file named after the briefing, with its marking, sections and quotes', async () => {
    const { core, briefing } = await coreWithBriefing();
    const result = await dispatch(core, 'exportMarkdown', { briefingId: briefing.id });
    if (!result.ok) throw new Error(result.message);
    const file = result.value as Out<'exportMarkdown'>;
    expect(file.fileName).toBe('Harbour watch 3 March 2026.md');
    const markdown = new TextDecoder().decode(file.data ?? new Uint8Array());
    expect(markdown).toContain('# Harbour watch 3 March 2026');
    expect(markdown).toContain('## Ports \\& shipping');
    expect(markdown).toContain('**OFFICIAL**');
    expect(markdown).toContain('We will build \\<four\\> berths');
  });

  it('answers HTML with the markup of the text escaped, and plain text', async () => {
    const { core, briefing } = await coreWithBriefing();
    const result = await dispatch(core, 'renderEmail', { briefingId: briefing.id });
    if (!result.ok) throw new Error(result.message);
    const copy = result.value as Out<'renderEmail'>;
    expect(copy.html).toContain('We will build &lt;four&gt; berths');
    expect(copy.html).not.toContain('<four>');
    expect(copy.text).toContain('PORTS & SHIPPING');
    expect(copy.text).toContain('“We will build <four> berths”');
  });

  it('says a briefing that is not in the library is not found', async () => {
    const { core } = await coreWithBriefing();
    await expect(dispatch(core, 'renderEmail', { briefingId: 'brf_gone' })).resolves.toMatchObject({ ok: false, code: 'not-found' });
    await expect(dispatch(core, 'exportMarkdown', { briefingId: 'brf_gone' })).resolves.toMatchObject({ ok: false, code: 'not-found' });
  });
});
