import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxPart, textOfDocumentXml } from '../../test/helpers/docxText';
import { runCli } from './runCli';

async function run(args: string[], home: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    version: '9.9.9',
    env: { ...process.env, BRIEFWRIGHT_HOME: home },
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

const DRONES = `SOURCE: Kyiv Ledger
DATE: 2026-11-24

Air defence downs forty drones over the capital

BY: Olena Marchuk

Ukrainian air defence shot down 40 drones over Kyiv overnight, the air force said on Monday, in one of the largest attacks on the capital this year.

"Our crews worked through the night and not one drone reached its target," said Yuriy Ihnat, the air force spokesman. "The systems our partners sent are saving lives."

Repair crews restored most supplies by the afternoon, the energy ministry said.
`;

const BUDGET = `SOURCE: Harbour Business Review
DATE: 2026-11-24

Finance ministry raises budget forecast as inflation eases

BY: Tomas Reyes

Inflation fell to 3.2% in October, the lowest rate in two years, allowing the finance ministry to raise its budget forecast.

"We now expect growth of 2.1 per cent next year, and we will keep spending under control," said Marta Kovacs, the finance minister.

The government plans to borrow £4.5 billion less than it expected in the spring.
`;

/** A template file as a colleague would send it: sections with routing rules, an export style. */
const TEMPLATE = {
  schemaVersion: 2,
  id: 'tpl_cli',
  name: 'Morning check',
  titlePattern: 'Morning check — {date:d MMMM yyyy}',
  classification: 'OFFICIAL',
  sections: [
    { title: 'Spokespeople', rules: [{ kinds: ['quote'], speakers: ['spokesman'] }] },
    { title: 'Air war', intro: 'Strikes and air defence.', rules: [{ kinds: ['figure'], keywords: ['drone*'] }] },
    { title: 'Economy', rules: [{ kinds: ['figure'], keywords: ['inflation', 'budget'] }] },
    { title: 'Other voices', rules: [{}] },
  ],
  exportOptions: { cover: false, contents: 'none', sourceStyle: 'footnotes', fonts: { body: 'Georgia' } },
};
const TITLES = TEMPLATE.sections.map((s) => s.title);

/** The document's lines under each section heading, up to the next. */
function bySection(text: string): Record<string, string> {
  const lines = text.split('\n');
  const starts = TITLES.map((title) => lines.indexOf(title));
  expect(starts.every((s, i) => s >= 0 && (i === 0 || s > starts[i - 1])), `headings in order in:\n${text}`).toBe(true);
  return Object.fromEntries(TITLES.map((title, i) => [title, lines.slice(starts[i] + 1, i + 1 < starts.length ? starts[i + 1] : undefined).join('\n')]));
}

async function workspace() {
  const dir = await mkdtemp(join(tmpdir(), 'briefwright-build-'));
  await writeFile(join(dir, 'drones.txt'), DRONES);
  await writeFile(join(dir, 'budget.txt'), BUDGET);
  await writeFile(join(dir, 'template.json'), JSON.stringify(TEMPLATE));
  return { dir, home: join(dir, 'library') };
}

async function savedBriefings(home: string) {
  const dir = join(home, 'briefings');
  const names = await readdir(dir).catch(() => [] as string[]);
  return Promise.all(names.filter((n) => n.endsWith('.json')).map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8'))));
}

describe('briefwright build', () => {
  it('--auto routes the articles’ quotes and figures into the template’s sections, saves the briefing and writes the .docx', async () => {
    const { dir, home } = await workspace();
    const out = join(dir, 'morning.docx');
    const args = ['build', '--template', join(dir, 'template.json'), '--date', '2026-11-25', '--auto', '--out', out, join(dir, 'drones.txt'), join(dir, 'budget.txt')];
    const { code, stdout, stderr } = await run(args, home);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`wrote     ${out}`);

    const text = textOfDocumentXml(await docxPart(out));
    expect(text).toContain('Morning check — 25 November 2026');
    const sections = bySection(text);
    expect(sections['Spokespeople']).toContain('Our crews worked through the night');
    expect(sections['Spokespeople']).toContain('Yuriy Ihnat');
    expect(sections['Spokespeople']).not.toContain('We now expect growth');
    // The template's intro is sample text for the analyst, never printed as theirs.
    expect(sections['Air war']).not.toContain('Strikes and air defence.');
    expect(sections['Air war']).toMatch(/\b40\b/);
    expect(sections['Economy']).toContain('£4.5 billion');
    expect(sections['Economy']).toContain('3.2%');
    expect(sections['Economy']).not.toMatch(/\b40\b/);
    expect(sections['Other voices']).toContain('We now expect growth');
    expect(sections['Other voices']).toContain('Marta Kovacs');
    expect(await docxPart(out, 'word/styles.xml')).toContain('w:ascii="Georgia"');

    // The briefing is in the library, so it opens in the app; its items keep where they came from.
    const [briefing] = await savedBriefings(home);
    expect(briefing).toMatchObject({ title: 'Morning check — 25 November 2026', date: '2026-11-25', classification: 'OFFICIAL', templateId: 'tpl_cli' });
    const items = briefing.sections.flatMap((s: { items: unknown[] }) => s.items);
    const quote = items.find((i: { kind: string; speaker: string }) => i.kind === 'quote' && i.speaker === 'Yuriy Ihnat');
    expect(quote).toMatchObject({ role: expect.stringContaining('spokesman'), source: { paragraph: expect.any(Number), title: 'Air defence downs forty drones over the capital', publication: 'Kyiv Ledger', published: '2026-11-24' } });
    expect(quote.source.end).toBeGreaterThan(quote.source.start);
    const figure = items.find((i: { kind: string; text: string }) => i.kind === 'figure' && i.text.includes('4.5 billion'));
    expect(figure).toMatchObject({ what: expect.any(String), source: { articleId: expect.any(String), publication: 'Harbour Business Review' } });
  }, 60_000);

  it('warns on the command line when the briefing quotes more from one source than the organisation allows', async () => {
    const { dir, home } = await workspace();
    await mkdir(home, { recursive: true });
    await writeFile(join(home, 'settings.json'), JSON.stringify({ schemaVersion: 1, defaultClassification: null, quoteWordLimit: 5 }));
    const out = join(dir, 'morning.docx');
    const { code, stderr } = await run(['build', '--template', join(dir, 'template.json'), '--date', '2026-11-25', '--auto', '--out', out, join(dir, 'drones.txt')], home);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^warning: This briefing quotes \d+ words from Kyiv Ledger — more than the 5 words per source your organisation allows\.$/m);
  }, 60_000);

  it('takes a built-in template by name, and without --auto leaves the sections for the analyst', async () => {
    const { dir, home } = await workspace();
    const out = join(dir, 'daily.docx');
    const { code } = await run(['build', '--template', 'daily brief', '--date', '2026-11-25', '--title', 'Kyiv morning', '--out', out, join(dir, 'drones.txt')], home);
    expect(code).toBe(0);
    const text = textOfDocumentXml(await docxPart(out));
    expect(text).toContain('Kyiv morning');
    // The sections wait for the analyst in the saved briefing; while empty they are left out of the document.
    expect(text).not.toContain('Politics and diplomacy');
    expect(text).not.toContain('Our crews worked through the night');
    const [briefing] = await savedBriefings(home);
    expect(briefing.sections.map((s: { title: string }) => s.title)).toContain('Politics and diplomacy');
    expect(briefing.sections.every((s: { items: unknown[] }) => s.items.length === 0)).toBe(true);
  }, 60_000);

  it('takes every option export takes: the marking, no cover, sources as a list', async () => {
    const { dir, home } = await workspace();
    const out = join(dir, 'marked.docx');
    const args = ['build', '--template', 'Daily brief', '--classification', 'OFFICIAL-SENSITIVE', '--no-cover', '--sources', 'list', '--out', out, join(dir, 'drones.txt')];
    expect((await run(args, home)).code).toBe(0);
    const header = await docxPart(out, 'word/header1.xml').catch(() => '');
    expect(`${header}${await docxPart(out)}`).toContain('OFFICIAL-SENSITIVE');
    const [briefing] = await savedBriefings(home);
    expect(briefing).toMatchObject({ classification: 'OFFICIAL-SENSITIVE', exportOptions: { cover: false, sourceStyle: 'list' } });
    expect((await run([...args.slice(0, -3), '--contents', 'sideways', '--out', out, join(dir, 'drones.txt')], home)).code).toBe(2);
  }, 60_000);

  it('places nothing below the confidence threshold', async () => {
    const { dir, home } = await workspace();
    const out = join(dir, 'strict.docx');
    const { code, stdout } = await run(['build', '--template', join(dir, 'template.json'), '--auto', '--min-confidence', '0.99', '--out', out, join(dir, 'drones.txt')], home);
    expect(code).toBe(0);
    expect(stdout).toContain('placed    0 suggestions');
    expect(textOfDocumentXml(await docxPart(out))).not.toContain('Our crews');
  }, 60_000);

  it('answers usage mistakes with exit 2 and failures with exit 1, writing nothing', async () => {
    const { dir, home } = await workspace();
    const out = join(dir, 'x.docx');
    const file = join(dir, 'drones.txt');
    expect((await run(['build', '--out', out, file], home)).code).toBe(2);
    expect((await run(['build', '--template', 'Daily brief', file], home)).code).toBe(2);
    expect((await run(['build', '--template', 'Daily brief', '--out', out], home)).code).toBe(2);
    expect((await run(['build', '--template', 'Daily brief', '--date', '2026-02-30', '--out', out, file], home)).code).toBe(2);
    expect((await run(['build', '--template', 'Daily brief', '--min-confidence', 'high', '--out', out, file], home)).code).toBe(2);
    expect((await run(['build', '--template', 'Daily brief', '--frobnicate', '--out', out, file], home)).code).toBe(2);

    const unknown = await run(['build', '--template', 'Nonesuch', '--out', out, file], home);
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('no template called "Nonesuch"') });
    expect(unknown.stderr).toContain('Daily brief');
    await writeFile(join(dir, 'evil.json'), JSON.stringify(TEMPLATE).replace('{', '{"__proto__": {"x": 1},'));
    expect(await run(['build', '--template', join(dir, 'evil.json'), '--out', out, file], home)).toMatchObject({ code: 1, stderr: expect.stringContaining('__proto__') });
    expect(await run(['build', '--template', 'Daily brief', '--out', out, join(dir, 'missing.txt')], home)).toMatchObject({ code: 1, stderr: expect.stringContaining('no briefing was made') });
    await expect(readFile(out)).rejects.toThrow();
    expect(await savedBriefings(home)).toEqual([]);
  }, 60_000);
});

describe('briefwright templates', () => {
  it('lists, shows, exports and imports templates', async () => {
    const { dir, home } = await workspace();
    const list = await run(['templates', 'list'], home);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/Daily brief\s+5 sections\s+built in/);

    const shown = await run(['templates', 'show', 'Weekly situation report'], home);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Title:          Weekly situation report: {date-6:d MMMM} – {date:d MMMM yyyy}');
    expect(shown.stdout).toContain('Key figures — figures');

    const imported = await run(['templates', 'import', join(dir, 'template.json')], home);
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringContaining('imported  "Morning check"') });
    const json = JSON.parse((await run(['templates', 'list', '--json'], home)).stdout);
    expect(json.map((t: { name: string }) => t.name)).toContain('Morning check');
    expect(json.find((t: { name: string }) => t.name === 'Morning check')).toMatchObject({ builtIn: false, sectionCount: 4 });

    const exported = join(dir, 'out.json');
    expect((await run(['templates', 'export', 'morning check', '--out', exported], home)).code).toBe(0);
    expect(JSON.parse(await readFile(exported, 'utf8'))).toMatchObject({ schemaVersion: 2, name: 'Morning check', titlePattern: TEMPLATE.titlePattern });
    // Importing the same file again keeps both, under different names.
    expect((await run(['templates', 'import', exported], home)).stdout).toContain('"Morning check (2)"');
  }, 60_000);

  it('refuses a bad template file, and usage mistakes', async () => {
    const { dir, home } = await workspace();
    await writeFile(join(dir, 'bad.json'), 'not json at all');
    expect(await run(['templates', 'import', join(dir, 'bad.json')], home)).toMatchObject({ code: 1, stderr: expect.stringContaining('not JSON') });
    expect((await run(['templates', 'show', 'Nope'], home)).code).toBe(1);
    expect((await run(['templates'], home)).code).toBe(2);
    expect((await run(['templates', 'export', 'Daily brief'], home)).code).toBe(2);
    expect((await run(['templates', 'list', 'extra'], home)).code).toBe(2);
    expect((await readdir(join(home, 'templates')).catch(() => [])).filter((n) => n.endsWith('.json'))).toEqual([]);
  }, 60_000);
});
