import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Document, Packer, Paragraph } from 'docx';
import { afterEach, describe, expect, it } from 'vitest';
import { err } from '../../../shared/ipc/result';
import { newBriefing, newItem, newSection } from '../../../shared/model/newBriefing';
import { renderApp } from '../../../test/helpers/renderApp';
import { copyForEmail } from './copyForEmail';

afterEach(cleanup);

function harbourBriefing() {
  const briefing = newBriefing({ title: 'Harbour watch', date: '2026-11-25' });
  briefing.sections[0].title = 'Ports';
  briefing.sections[0].items.push(
    newItem({ kind: 'quote', text: 'Four new berths', speaker: 'Mara Ellison', source: { articleId: 'a1', paragraph: 0, start: 0, end: 5, title: 'Harbour grows', publication: 'Gazette', published: '2026-11-24', url: null } }),
    newItem({ kind: 'note', text: 'Vote Friday', source: null }),
  );
  briefing.sections.push(newSection('Energy'));
  return briefing;
}

async function openExport(prepare?: NonNullable<Parameters<typeof renderApp>[1]>['prepare']) {
  const briefing = harbourBriefing();
  const app = renderApp({ briefings: [briefing] }, { saveDelayMs: 20, prepare });
  await screen.findByLabelText('Briefing title');
  await app.user.click(screen.getByRole('button', { name: 'Export…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Export' });
  return { ...app, dialog, briefing };
}

const outline = (dialog: HTMLElement) => within(within(dialog).getByRole('region', { name: 'Outline preview' })).getAllByRole('listitem').map((li) => li.textContent);

describe('the export dialog', () => {
  it('previews the outline and saves the chosen options with the briefing, undoably', async () => {
    const { user, dialog, library, briefing, store } = await openExport();
    expect(outline(dialog)).toEqual(['Cover page', 'Contents (linked, on the cover)', 'Ports — 2 items', 'Energy — empty, left out', 'Sources as footnotes']);

    await user.click(within(dialog).getByLabelText('Cover page'));
    await user.selectOptions(within(dialog).getByLabelText('Contents'), 'No contents');
    await user.selectOptions(within(dialog).getByLabelText('Sources as'), 'Endnotes');
    await user.selectOptions(within(dialog).getByLabelText('Figures as'), 'A list');
    fireEvent.change(within(dialog).getByLabelText('Prepared for'), { target: { value: 'The minister' } });
    fireEvent.change(within(dialog).getByLabelText('Classification marking'), { target: { value: 'OFFICIAL-SENSITIVE' } });
    expect(outline(dialog)).toEqual(['Ports — 2 items', 'Energy — empty, left out', 'Sources as endnotes']);
    expect(within(dialog).getByRole('region', { name: 'Outline preview' }).textContent).toContain('OFFICIAL-SENSITIVE');

    await waitFor(() =>
      expect(library.briefings.get(briefing.id)).toMatchObject({
        classification: 'OFFICIAL-SENSITIVE',
        exportOptions: { cover: false, contents: 'none', sourceStyle: 'endnotes', figuresAs: 'list', preparedFor: 'The minister' },
      }),
    );
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().briefing?.classification).toBe('');
    expect(store.getState().briefing?.exportOptions?.preparedFor).toBe('');
    expect(store.getState().briefing?.exportOptions?.figuresAs).toBe('list');
  });

  it('exports Word and Markdown files as downloads and says so, warning of quotes that no longer match their source', async () => {
    const { user, dialog, downloads, store } = await openExport();
    await user.click(within(dialog).getByRole('button', { name: 'Export Word document' }));
    await within(dialog).findByText('Downloaded Harbour watch.docx.');
    const quote = store.getState().briefing!.sections[0].items[0];
    store.getState().updateItem(quote.id, { text: 'Five new berths' });
    await user.click(within(dialog).getByRole('button', { name: 'Export Word document' }));
    await within(dialog).findByText('Downloaded Harbour watch.docx. 1 quote no longer matches its source: see the flags in the briefing.');
    await user.click(within(dialog).getByRole('button', { name: 'Export Markdown' }));
    await within(dialog).findByText(/^Downloaded Harbour watch\.md\. 1 quote no longer matches/);
    expect(downloads.map((d) => d.fileName)).toEqual(['Harbour watch.docx', 'Harbour watch.docx', 'Harbour watch.md']);
    const markdown = new TextDecoder().decode(downloads[2].bytes);
    expect(markdown).toContain('## Ports');
    expect(markdown).toContain('Five new berths');
  });

  it('exports a PDF as a download, and says what to do where the computer has no LibreOffice', async () => {
    let installed = true;
    const { user, dialog, downloads } = await openExport((api) => {
      api.exportPdf = async () =>
        installed
          ? { ok: true, value: { fileName: 'Harbour watch.pdf', data: new TextEncoder().encode('%PDF-1.7'), savedPath: null, canceled: false } }
          : err('unsupported-format', 'PDF export needs LibreOffice on this computer; export to Word and save as PDF from Word instead.');
    });
    await user.click(within(dialog).getByRole('button', { name: 'Export PDF' }));
    await within(dialog).findByText('Downloaded Harbour watch.pdf.');
    expect(downloads.map((d) => d.fileName)).toEqual(['Harbour watch.pdf']);
    installed = false;
    await user.click(within(dialog).getByRole('button', { name: 'Export PDF' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('The PDF could not be made: PDF export needs LibreOffice on this computer');
  });

  it('says "Saved to …" where the desktop saved the file, and explains a locked target', async () => {
    let locked = false;
    const { user, dialog } = await openExport((api) => {
      api.exportDocx = async () =>
        locked ? err('file-locked', 'Harbour watch.docx is in use.') : { ok: true, value: { fileName: 'Harbour watch.docx', data: null, savedPath: '/home/ana/Harbour watch.docx', canceled: false } };
    });
    await user.click(within(dialog).getByRole('button', { name: 'Export Word document' }));
    await within(dialog).findByText('Saved to /home/ana/Harbour watch.docx');
    locked = true;
    await user.click(within(dialog).getByRole('button', { name: 'Export Word document' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('open in another program, locked or read-only');
    expect(alert.textContent).toContain('Harbour watch.docx is in use.');
  });

  it('adds an organisation Word template, chooses it and shows its placeholders; header, footer and logo are saved, undoably', async () => {
    const { user, dialog, library, briefing, store } = await openExport();
    const select = within(dialog).getByLabelText('Word template') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual(["None (Briefwright's own layout)"]);

    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: ['Ministry of Harbours', '{{title}}', '{{body}}'].map((text) => new Paragraph(text)) }] }));
    await user.upload(within(dialog).getByLabelText('Add Word template'), new File([new Uint8Array(bytes)], 'ministry.docx'));
    await within(dialog).findByText('Uses {{title}}, {{body}}');
    expect(select.selectedOptions[0].text).toBe('ministry.docx');
    await waitFor(() => expect(library.briefings.get(briefing.id)?.exportOptions?.wordTemplateId).toMatch(/^wt_/));

    await user.upload(within(dialog).getByLabelText('Add Word template'), new File(['not a zip'], 'broken.docx'));
    expect((await within(dialog).findByRole('alert')).textContent).not.toBe('');
    expect(select.selectedOptions[0].text).toBe('ministry.docx');

    fireEvent.change(within(dialog).getByLabelText('Header text'), { target: { value: 'Harbours desk' } });
    fireEvent.change(within(dialog).getByLabelText('Footer text'), { target: { value: 'Do not forward' } });
    await user.upload(within(dialog).getByLabelText('Logo (PNG)'), new File([new Uint8Array([137, 80, 78, 71])], 'logo.png', { type: 'image/png' }));
    await waitFor(() =>
      expect(library.briefings.get(briefing.id)?.exportOptions).toMatchObject({ headerText: 'Harbours desk', footerText: 'Do not forward', logoPng: 'iVBORw==' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Remove logo' }));
    expect(store.getState().briefing?.exportOptions?.logoPng).toBeNull();
    store.getState().undo();
    expect(store.getState().briefing?.exportOptions?.logoPng).toBe('iVBORw==');

    await user.selectOptions(select, "None (Briefwright's own layout)");
    expect(store.getState().briefing?.exportOptions?.wordTemplateId).toBeNull();
    expect(within(dialog).queryByText(/^Uses /)).toBeNull();
    store.getState().undo();
    expect(store.getState().briefing?.exportOptions?.wordTemplateId).toMatch(/^wt_/);
    await waitFor(() => expect(select.selectedOptions[0].text).toBe('ministry.docx'));
  });

  it('keeps the toolbar’s Export to Word button working beside Export…', async () => {
    const briefing = harbourBriefing();
    const { user, downloads } = renderApp({ briefings: [briefing] }, { saveDelayMs: 20 });
    await screen.findByLabelText('Briefing title');
    await user.click(screen.getByRole('button', { name: 'Export to Word' }));
    await waitFor(() => expect(downloads.map((d) => d.fileName)).toEqual(['Harbour watch.docx']));
  });
});

describe('copy for email', () => {
  const copy = { html: '<p style="x">Ports</p>', text: 'PORTS' };

  it('puts HTML and plain text on the clipboard together', async () => {
    const written: ClipboardItem[][] = [];
    class FakeItem {
      constructor(readonly parts: Record<string, Blob>) {}
      get types() {
        return Object.keys(this.parts);
      }
    }
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = FakeItem;
    try {
      const how = await copyForEmail(copy, { write: async (items) => void written.push(items), writeText: async () => undefined });
      expect(how).toBe('rich');
      const item = written[0][0] as unknown as FakeItem;
      expect(item.types).toEqual(['text/html', 'text/plain']);
      expect(await item.parts['text/html'].text()).toBe(copy.html);
      expect(await item.parts['text/plain'].text()).toBe('PORTS');
    } finally {
      delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
    }
  });

  it('falls back to plain text where rich copying is missing or refused, and reports a refusal', async () => {
    const texts: string[] = [];
    expect(await copyForEmail(copy, { writeText: async (t) => void texts.push(t) })).toBe('text');
    expect(texts).toEqual(['PORTS']);
    expect(await copyForEmail(copy, { writeText: async () => Promise.reject(new Error('denied')) })).toBe('failed');
    expect(await copyForEmail(copy, undefined)).toBe('failed');
  });
});
