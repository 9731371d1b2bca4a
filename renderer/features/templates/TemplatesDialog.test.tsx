import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newBriefing, newItem, todayIso } from '../../../shared/model/newBriefing';
import { renderApp } from '../../../test/helpers/renderApp';

afterEach(cleanup);

async function openManager() {
  const today = newBriefing({ title: 'Harbour watch 25 November 2026', date: '2026-11-25' });
  today.sections[0].title = 'Ports';
  today.sections[0].items.push(newItem({ kind: 'note', text: 'Berths due Friday', source: null }));
  today.classification = 'OFFICIAL';
  const app = renderApp({ briefings: [today] }, { saveDelayMs: 20 });
  await screen.findByLabelText('Briefing title');
  await app.user.click(screen.getByRole('button', { name: 'Templates' }));
  const dialog = await screen.findByRole('dialog', { name: 'Templates' });
  await within(dialog).findByRole('button', { name: 'New briefing from Daily brief' });
  return { ...app, dialog, today };
}

const names = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('list', { name: 'All templates' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.template-name')?.textContent);

describe('the template manager', () => {
  it('lists the built-in templates, which can be duplicated but not edited or deleted', async () => {
    const { dialog } = await openManager();
    expect(names(dialog)).toEqual(['Daily brief', 'Weekly situation report', 'Media monitoring digest']);
    expect(within(dialog).queryByRole('button', { name: 'Edit Daily brief' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Delete Daily brief' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Duplicate Daily brief' })).toBeTruthy();
  });

  it('starts a new briefing from a template on the chosen date and shows it in the Briefing pane', async () => {
    const { user, dialog, library } = await openManager();
    fireEvent.change(within(dialog).getByLabelText('Date of a new briefing'), { target: { value: '2026-12-07' } });
    await user.click(within(dialog).getByRole('button', { name: 'New briefing from Weekly situation report' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Templates' })).toBeNull());
    const expected = 'Weekly situation report: 1 December – 7 December 2026';
    await waitFor(() => expect((screen.getByLabelText('Briefing title') as HTMLInputElement).value).toBe(expected));
    const pane = screen.getByRole('region', { name: 'Briefing' });
    expect(within(pane).getAllByLabelText('Section title').map((input) => (input as HTMLInputElement).value)).toContain('Humanitarian situation');
    expect([...library.briefings.values()].some((b) => b.title === expected && b.templateId === 'builtin-weekly-sitrep')).toBe(true);
  });

  it('saves the open briefing as a template, edits it with a live title preview, renames and deletes it', async () => {
    const { user, dialog, library } = await openManager();
    await user.type(within(dialog).getByLabelText(/Name for a template made from/), 'Harbour watch');
    await user.click(within(dialog).getByRole('button', { name: 'Save as template' }));
    await within(dialog).findByRole('button', { name: 'Edit Harbour watch' });
    const saved = [...library.templates.values()].find((t) => t.name === 'Harbour watch')!;
    expect(saved.titlePattern).toBe('Harbour watch {date:d MMMM yyyy}');
    expect(saved.classification).toBe('OFFICIAL');
    expect(saved.sections.map((s) => s.title)).toEqual(['Ports']);

    await user.click(within(dialog).getByRole('button', { name: 'Edit Harbour watch' }));
    const form = await within(dialog).findByRole('form', { name: 'Edit template Harbour watch' });
    const pattern = within(form).getByLabelText('Title pattern');
    fireEvent.change(pattern, { target: { value: 'Harbour {datum}' } });
    expect(within(form).getByText(/which Briefwright does not know/)).toBeTruthy();
    expect(pattern.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(pattern, { target: { value: 'Harbour — {date:yyyy-MM-dd}' } });
    expect(within(form).getByText(`Today’s briefing would be called “Harbour — ${todayIso()}”.`)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Routing keywords of section 1'), { target: { value: 'port, berth*' } });
    await user.click(within(form).getByRole('button', { name: 'Add a section to the template' }));
    fireEvent.change(within(form).getByLabelText('Title of section 2'), { target: { value: 'Everything else' } });
    await user.click(within(form).getByLabelText('Section 2 takes everything no other section takes'));
    await user.click(within(form).getByLabelText('Cover page'));
    await user.selectOptions(within(form).getByLabelText('Sources as'), 'Closing list of sources');
    fireEvent.change(within(form).getByLabelText('Heading colour'), { target: { value: '#385623' } });
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    await within(dialog).findByRole('list', { name: 'All templates' });
    const edited = library.templates.get(saved.id)!;
    expect(edited.titlePattern).toBe('Harbour — {date:yyyy-MM-dd}');
    expect(edited.sections.map((s) => [s.title, s.rules])).toEqual([
      ['Ports', [{ keywords: ['port', 'berth*'], speakers: [], publications: [], kinds: [] }]],
      ['Everything else', [{ keywords: [], speakers: [], publications: [], kinds: [] }]],
    ]);
    expect(edited.exportOptions).toMatchObject({ cover: !saved.exportOptions.cover, sourceStyle: 'list', colours: { headings: '385623' } });

    await user.click(within(dialog).getByRole('button', { name: 'Rename Harbour watch' }));
    const rename = within(dialog).getByLabelText('New name for Harbour watch');
    await user.clear(rename);
    await user.type(rename, 'Port daily{Enter}');
    await within(dialog).findByRole('button', { name: 'Delete Port daily' });

    await user.click(within(dialog).getByRole('button', { name: 'Delete Port daily' }));
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(library.templates.has(saved.id)).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Delete Port daily' }));
    await user.click(within(dialog).getByRole('button', { name: 'Yes, delete Port daily' }));
    await waitFor(() => expect(names(dialog)).not.toContain('Port daily'));
    expect(library.templates.has(saved.id)).toBe(false);
  });

  it('exports a template as a .json file, and imports it back under a free name', async () => {
    const { user, dialog, downloads } = await openManager();
    await user.click(within(dialog).getByRole('button', { name: 'Export Media monitoring digest' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].fileName).toBe('Media monitoring digest.briefwright-template.json');
    const text = new TextDecoder().decode(downloads[0].bytes);
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 2, name: 'Media monitoring digest' });

    await user.upload(within(dialog).getByLabelText('Import template'), new File([text], downloads[0].fileName, { type: 'application/json' }));
    await within(dialog).findByRole('button', { name: 'Edit Media monitoring digest (2)' });
  });

  it('refuses a bad template file with the core’s reason and changes nothing', async () => {
    const { user, dialog, library } = await openManager();
    const before = names(dialog);
    await user.upload(within(dialog).getByLabelText('Import template'), new File(['{"name": "Broken", "sections": []'], 'broken.json', { type: 'application/json' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('“broken.json” was not imported.');
    expect(alert.textContent).toContain('it is not JSON');
    await user.upload(
      within(dialog).getByLabelText('Import template'),
      new File([JSON.stringify({ schemaVersion: 2, id: 'x', name: 'No sections', titlePattern: 'X {date}', sections: [] })], 'empty.json', { type: 'application/json' }),
    );
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('at least one section'));
    expect(names(dialog)).toEqual(before);
    expect(library.templates.size).toBe(0);
  });
});
