import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Out } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { newBriefing, newItem, newSection } from '../../shared/model/newBriefing';
import { createServices } from './createServices';
import type { PdfOptions } from './exportPdf';
import { openLibrary } from './library';

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const hasLibreOffice = onPath('soffice') || onPath('libreoffice');
const hasPdftotext = onPath('pdftotext');

async function coreWithBriefing(pdf?: PdfOptions) {
  const library = openLibrary(await mkdtemp(join(tmpdir(), 'briefwright-pdf-test-')));
  const core = createServices(library, { pdf });
  const briefing = newBriefing({ title: 'Harbour watch 3 March 2026', date: '2026-03-03' });
  const ports = newSection('Ports & shipping');
  ports.items = [newItem({ kind: 'quote', text: 'We will build four new berths by the autumn', speaker: 'Mara Ellison', source: null })];
  const saved = { ...briefing, sections: [ports] };
  await core.saveBriefing({ briefing: saved });
  return { core, briefing: saved };
}

describe('PDF export', () => {
  it.skipIf(!hasLibreOffice || !hasPdftotext)(
    'answers a PDF named after the briefing that reads its title and quote (skipped: needs soffice and pdftotext on PATH)',
    async () => {
      const { core, briefing } = await coreWithBriefing();
      const result = await dispatch(core, 'exportPdf', { briefingId: briefing.id });
      if (!result.ok) throw new Error(result.message);
      const file = result.value as Out<'exportPdf'>;
      expect(file.fileName).toBe('Harbour watch 3 March 2026.pdf');
      const bytes = Buffer.from(file.data ?? new Uint8Array());
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
      const dir = await mkdtemp(join(tmpdir(), 'briefwright-pdf-read-'));
      await writeFile(join(dir, 'b.pdf'), bytes);
      const text = execFileSync('pdftotext', [join(dir, 'b.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Harbour watch 3 March 2026');
      expect(text).toContain('We will build four new berths by the autumn');
    },
    150_000,
  );

  it('says LibreOffice is needed, with a stable code, where it is not installed, and leaves no temporary files', async () => {
    const before = (await readdir(tmpdir())).filter((n) => n.startsWith('briefwright-pdf-') && !n.startsWith('briefwright-pdf-test-') && !n.startsWith('briefwright-pdf-read-'));
    const { core, briefing } = await coreWithBriefing({ command: join(tmpdir(), 'no-such-soffice-here') });
    const result = await dispatch(core, 'exportPdf', { briefingId: briefing.id });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('unsupported-format');
    expect(result.message).toContain('needs LibreOffice');
    const after = (await readdir(tmpdir())).filter((n) => n.startsWith('briefwright-pdf-') && !n.startsWith('briefwright-pdf-test-') && !n.startsWith('briefwright-pdf-read-'));
    expect(after.length).toBeLessThanOrEqual(before.length);
  });
});
