import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxPart, textOfDocumentXml } from '../../test/helpers/docxText';
import { HARBOUR_ARTICLE } from '../../test/fixtures/articles';
import { newBriefing, newItem, newSection } from '../../shared/model/newBriefing';
import { runCli } from './runCli';

async function run(args: string[], home?: string) {
  let stdout = '';
  let stderr = '';
  const env = { ...process.env, BRIEFWRIGHT_HOME: home ?? (await mkdtemp(join(tmpdir(), 'briefwright-cli-'))) };
  const code = await runCli(args, {
    version: '9.9.9',
    env,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr, home: env.BRIEFWRIGHT_HOME };
}

describe('briefwright on the command line', () => {
  it('prints help and version', async () => {
    expect((await run(['--help'])).stdout).toContain('briefwright import');
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: '9.9.9\n' });
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  it('answers --help for every command, without touching the library', async () => {
    for (const command of ['import', 'export', 'build', 'compare', 'templates']) {
      const home = join(await mkdtemp(join(tmpdir(), 'briefwright-cli-')), 'library');
      const { code, stdout } = await run([command, '--help'], home);
      expect(code).toBe(0);
      expect(stdout).toContain(`briefwright ${command}`);
      await expect(readFile(join(home, 'boilerplate.json'))).rejects.toThrow();
    }
    const mistake = await run(['import', '--frobnicate', 'x.txt']);
    expect(mistake.code).toBe(2);
    expect(mistake.stderr).toContain("Unknown option '--frobnicate'");
    expect(mistake.stderr).toContain('usage: briefwright import');
  });

  it('imports files as the corpus README describes, with an ok:false entry and exit 1 for a bad one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefwright-in-'));
    await writeFile(join(dir, 'harbour.txt'), HARBOUR_ARTICLE);
    await writeFile(join(dir, 'empty.txt'), '');
    const { code, stdout } = await run(['import', '--json', join(dir, 'harbour.txt'), join(dir, 'empty.txt'), join(dir, 'missing.txt')]);
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ file: join(dir, 'harbour.txt'), ok: true });
    expect(out[0].article.title).toBe('Harbour authority approves £18.2 billion expansion');
    expect(out[0].article.paragraphs.length).toBeGreaterThanOrEqual(4);
    expect(Array.isArray(out[0].article.quotes)).toBe(true);
    expect(Array.isArray(out[0].article.figures)).toBe(true);
    expect(out[1]).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(out[2]).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('imports a plain-text article with a header block into more than ten paragraphs', async () => {
    // An article of the project's own labelled set (test/corpus), so the test needs nothing outside the repository.
    const seed = resolve(import.meta.dirname, '../../test/corpus/visible/file-monsoon-forecast/input.txt');
    const { code, stdout } = await run(['import', '--json', seed]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].article.paragraphs.length).toBeGreaterThan(10);
  });

  it('exports a briefing file from the library to a Word file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefwright-out-'));
    const briefing = newBriefing({ title: 'Ports and power', date: '2026-03-15' });
    const section = newSection('Infrastructure');
    section.items.push(newItem({ kind: 'excerpt', text: 'expected to create 10,000 jobs over a decade', source: null }));
    briefing.sections = [section];
    const file = join(dir, 'b.json');
    await writeFile(file, JSON.stringify(briefing));
    const out = join(dir, 'ports.docx');
    expect((await run(['export', file, '--out', out])).code).toBe(0);
    const text = textOfDocumentXml(await docxPart(out));
    expect(text).toContain('Ports and power');
    expect(text).toContain('Infrastructure');
    expect(text).toContain('expected to create 10,000 jobs over a decade');
  });

  it('warns when the document would go out unmarked, and marks it with the organisation’s default once one is set', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefwright-out-'));
    const briefing = newBriefing({ title: 'Ports and power', date: '2026-03-15' });
    briefing.sections[0].items.push(newItem({ kind: 'excerpt', text: 'Four deep-water berths are planned.', source: null }));
    const file = join(dir, 'b.json');
    await writeFile(file, JSON.stringify(briefing));
    const unmarked = await run(['export', file, '--out', join(dir, 'a.docx')]);
    expect(unmarked.code).toBe(0);
    expect(unmarked.stderr).toContain('no classification marking');
    const marked = await run(['export', file, '--out', join(dir, 'b.docx'), '--classification', 'OFFICIAL']);
    expect(marked.stderr).not.toContain('no classification marking');
    // The organisation's default, set once in the library, marks every export that names none.
    await writeFile(join(unmarked.home, 'settings.json'), JSON.stringify({ schemaVersion: 1, defaultClassification: 'OFFICIAL-SENSITIVE', quoteWordLimit: null }));
    const defaulted = await run(['export', file, '--out', join(dir, 'c.docx')], unmarked.home);
    expect(defaulted.stderr).not.toContain('no classification marking');
    expect(await docxPart(join(dir, 'c.docx'), 'word/header1.xml')).toContain('OFFICIAL-SENSITIVE');
  });

  it('takes the export dialog\'s options: marking, no cover, sources as a list, and refuses a wrong value', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefwright-out-'));
    const briefing = newBriefing({ title: 'Ports and power', date: '2026-03-15' });
    briefing.sections[0].items.push(newItem({ kind: 'excerpt', text: 'Four deep-water berths are planned.', source: null }));
    const file = join(dir, 'b.json');
    await writeFile(file, JSON.stringify(briefing));
    const out = join(dir, 'marked.docx');
    expect((await run(['export', file, '--out', out, '--classification', 'OFFICIAL-SENSITIVE', '--no-cover', '--sources', 'list'])).code).toBe(0);
    const header = await docxPart(out, 'word/header1.xml').catch(() => '');
    const document = await docxPart(out);
    expect(`${header}${document}`).toContain('OFFICIAL-SENSITIVE');
    expect(textOfDocumentXml(document)).toContain('Four deep-water berths are planned.');
    const markdown = join(dir, 'brief.md');
    expect((await run(['export', file, '--out', markdown])).code).toBe(0);
    await expect(readFile(markdown, 'utf8')).resolves.toContain('Four deep-water berths are planned.');
    const wrong = await run(['export', file, '--out', join(dir, 'x.docx'), '--contents', 'sideways']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--contents');
    await expect(readFile(join(dir, 'x.docx'))).rejects.toThrow();
  });

  it('refuses a file that is not a briefing without writing anything', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefwright-out-'));
    await writeFile(join(dir, 'bad.json'), '{"title": "no"}');
    const { code, stderr } = await run(['export', join(dir, 'bad.json'), '--out', join(dir, 'x.docx')]);
    expect(code).toBe(1);
    expect(stderr).toContain('not a valid briefing file');
    await expect(readFile(join(dir, 'x.docx'))).rejects.toThrow();
  });
});
