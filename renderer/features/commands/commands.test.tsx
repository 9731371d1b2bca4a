import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../app/commands';
import { renderApp } from '../../../test/helpers/renderApp';
import { newBriefing } from '../../../shared/model/newBriefing';
import { filterCommands } from './CommandPalette';

afterEach(cleanup);

async function start() {
  const app = renderApp({ briefings: [newBriefing({ title: 'Brief', date: '2026-11-25' })] });
  await screen.findByLabelText('Briefing title');
  return app;
}

describe('the command palette', () => {
  it('opens with Ctrl+K, filters as one types, and runs the chosen command with Enter', async () => {
    const { user } = await start();
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Command palette' });
    const input = within(dialog).getByRole('combobox', { name: 'Command' });
    expect(document.activeElement).toBe(input);
    await user.type(input, 'add sec');
    const options = within(dialog).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Add section']);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getAllByLabelText('Section title')).toHaveLength(2);
  });

  it('moves through the list with the arrow keys and marks disabled commands', async () => {
    const { user } = await start();
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Command palette' });
    const undo = within(dialog).getByRole('option', { name: /^Undo\s*Ctrl\+Z$/ });
    expect(undo.getAttribute('aria-disabled')).toBe('true');
    expect(within(dialog).getAllByRole('option')[0].getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(within(dialog).getAllByRole('option')[1].getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('filters by every word typed', () => {
    expect(filterCommands(commands, 'yesterday').map((c) => c.name)).toEqual(['startFromYesterday']);
    expect(filterCommands(commands, 'palette')).toEqual([]);
  });
});

describe('the shortcuts sheet', () => {
  it('opens with "?" and lists every command with its keys', async () => {
    const { user } = await start();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const command of commands) expect(within(dialog).getByRole('rowheader', { name: command.label })).toBeTruthy();
    const redo = within(dialog).getByRole('rowheader', { name: 'Redo' }).closest('tr')!;
    expect(redo.textContent).toContain('Ctrl+Shift+Z or Ctrl+Y');
    await user.keyboard('{Escape}');
    await user.keyboard('{Control>}/{/Control}');
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });

  it('does not open while the analyst types a "?" in a field', async () => {
    const { user } = await start();
    await user.type(screen.getByLabelText('Briefing title'), '?');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect((screen.getByLabelText('Briefing title') as HTMLInputElement).value).toBe('Brief?'));
  });
});

describe('the one table of commands', () => {
  it('performs every command the desktop menus send to the page', async () => {
    const { PAGE_COMMANDS } = await import('../../../shared/commands/commandList');
    const names = commands.map((c) => c.name);
    for (const name of PAGE_COMMANDS) expect(names).toContain(name);
  });

  it('gives every command a label and no shortcut to two commands', () => {
    const seen = new Set<string>();
    for (const command of commands) {
      expect(command.label.length).toBeGreaterThan(0);
      for (const shortcut of command.shortcuts) {
        expect(seen.has(shortcut)).toBe(false);
        seen.add(shortcut);
      }
    }
  });
});
