import type { MenuItemConstructorOptions } from 'electron';
import type { CommandName, CommandSpec, MenuName } from '../../shared/commands/commandList';
import { COMMAND_LIST, toAccelerator } from '../../shared/commands/commandList';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools only in a build that is not packed. */
  isPackaged: boolean;
  /** Runs a command of the list (main performs it or sends it to the page). */
  perform: (name: CommandName) => void;
  commands?: readonly CommandSpec[];
}

const TITLES: Record<MenuName, string> = { file: '&File', edit: '&Edit', view: '&View', briefing: '&Briefing', help: '&Help' };
/** The menu's title: with its Alt-key letter on Windows and Linux, plain on macOS (which has no mnemonics). */
const titleOf = (menu: MenuName, mac: boolean) => (mac ? TITLES[menu].replace('&', '') : TITLES[menu]);

function itemsOf(menu: MenuName, options: MenuOptions, skip: readonly string[] = []): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let group: number | null = null;
  for (const command of options.commands ?? COMMAND_LIST) {
    if (command.menu !== menu || skip.includes(command.name)) continue;
    if (group !== null && command.group !== group) items.push({ type: 'separator' });
    group = command.group;
    items.push({
      id: command.name,
      label: command.label,
      accelerator: command.shortcuts[0] ? toAccelerator(command.shortcuts[0]) : undefined,
      click: () => options.perform(command.name as CommandName),
    });
  }
  return items;
}

/**
 * The native menu bar, built from the command list: File, Edit, View, Briefing, Help (and the app
 * menu on macOS), with each platform's accelerators and its own standard items.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: 'Briefwright',
      submenu: [{ role: 'about' }, sep, { role: 'services' }, sep, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, sep, { role: 'quit' }],
    });
  }
  template.push({
    label: titleOf('file', mac),
    submenu: [
      ...itemsOf('file', options),
      ...(mac ? [sep, { label: 'Open Recent', role: 'recentDocuments' as const, submenu: [{ role: 'clearRecentDocuments' as const }] }] : []),
      sep,
      mac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
    ],
  });
  template.push({
    label: titleOf('edit', mac),
    submenu: [
      ...itemsOf('edit', options),
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' as const }] : []),
      { role: 'delete' },
      { role: 'selectAll' },
    ],
  });
  template.push({
    label: titleOf('view', mac),
    submenu: [
      ...itemsOf('view', options),
      sep,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
      ...(options.isPackaged ? [] : [sep, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
    ],
  });
  template.push({ label: titleOf('briefing', mac), submenu: itemsOf('briefing', options) });
  // On macOS "About" lives in the app menu.
  const help = itemsOf('help', options, mac ? ['about'] : []);
  template.push({ label: titleOf('help', mac), role: 'help', submenu: help.length > 0 ? help : [{ label: 'Briefwright Help', enabled: false }] });
  if (mac) template.splice(5, 0, { role: 'windowMenu' });
  return template;
}
