import { describe, expect, it } from 'vitest';
import { commands } from '../../renderer/app/commands';
import { COMMAND_LIST } from '../../shared/commands/commandList';

/** The desktop menus (shared/commands/commandList.ts) and the page's command table must agree. */
describe('menu commands the page performs', () => {
  const pageCommands = COMMAND_LIST.filter((c) => c.performer === 'page');

  it.each(pageCommands.map((c) => [c.name, c]))('%s is in the page’s command table', (name) => {
    expect(commands.map((c) => c.name)).toContain(name);
  });

  it.each(pageCommands.filter((c) => c.shortcuts.length > 0).map((c) => [c.name, c]))('%s shows a shortcut the page also answers', (_name, spec) => {
    const page = commands.find((c) => c.name === spec.name);
    expect(page?.shortcuts).toEqual(expect.arrayContaining([spec.shortcuts[0]]));
  });
});
