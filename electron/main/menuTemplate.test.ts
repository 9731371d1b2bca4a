import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { COMMAND_LIST, PAGE_COMMANDS } from '../../shared/commands/commandList';
import { buildMenuTemplate } from './menuTemplate';

type Item = MenuItemConstructorOptions;
const submenu = (item: Item) => (item.submenu ?? []) as Item[];
const labels = (template: Item[]) => template.map((m) => m.label ?? m.role);
const flat = (template: Item[]): Item[] => template.flatMap((m) => [m, ...flat(submenu(m))]);

function menuFor(platform: NodeJS.Platform, isPackaged = true) {
  const performed: string[] = [];
  const template = buildMenuTemplate({ platform, isPackaged, perform: (name) => performed.push(name) });
  return { template, performed };
}

describe('the native menus', () => {
  it('are File, Edit, View, Briefing and Help on Windows and Linux, with the app menu and Window added on macOS', () => {
    expect(labels(menuFor('win32').template)).toEqual(['&File', '&Edit', '&View', '&Briefing', '&Help']);
    expect(labels(menuFor('linux').template)).toEqual(['&File', '&Edit', '&View', '&Briefing', '&Help']);
    expect(labels(menuFor('darwin').template)).toEqual(['Briefwright', 'File', 'Edit', 'View', 'Briefing', 'windowMenu', 'Help']);
  });

  it('hold every command of the list once, with its shortcut as the platform writes it', () => {
    const items = flat(menuFor('linux').template).filter((i) => i.id);
    expect(items.map((i) => i.id).sort()).toEqual(COMMAND_LIST.map((c) => c.name).sort());
    const save = items.find((i) => i.id === 'save')!;
    expect(save.accelerator).toBe('CmdOrCtrl+S');
    expect(items.find((i) => i.id === 'redo')!.accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(items.find((i) => i.id === 'addSection')!.accelerator).toBeUndefined();
  });

  it('no two menu items share a shortcut', () => {
    const accelerators = flat(menuFor('darwin').template).map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('run the command when clicked', () => {
    const { template, performed } = menuFor('win32');
    for (const item of flat(template).filter((i) => i.id)) (item.click as () => void)();
    expect(performed).toEqual(expect.arrayContaining([...PAGE_COMMANDS, 'openBriefingFile', 'importArticles', 'about']));
  });

  it('offer the system clipboard items, and developer tools only in an unpacked build', () => {
    const roles = (t: Item[]) => flat(t).map((i) => i.role).filter(Boolean);
    expect(roles(menuFor('linux').template)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit', 'togglefullscreen']));
    expect(roles(menuFor('linux', true).template)).not.toContain('toggleDevTools');
    expect(roles(menuFor('linux', false).template)).toContain('toggleDevTools');
  });

  it('put About in the app menu on macOS and in Help elsewhere; Open Recent only where the OS keeps it in the menu', () => {
    const mac = menuFor('darwin').template;
    expect(submenu(mac[0]).map((i) => i.role)).toContain('about');
    expect(flat(mac).some((i) => i.id === 'about')).toBe(false);
    expect(flat(mac).some((i) => i.role === 'recentDocuments')).toBe(true);
    const win = menuFor('win32').template;
    expect(submenu(win[4]).map((i) => i.id)).toContain('about');
    expect(flat(win).some((i) => i.role === 'recentDocuments')).toBe(false);
  });
});
