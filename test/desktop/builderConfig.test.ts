import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
type Config = Record<string, unknown> & { fileAssociations: { ext: string; mimeType?: string }[] };
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string, options: null): Promise<Config>;
  validateConfiguration(config: Config, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => unknown };

async function loadConfig(): Promise<Config> {
  return getConfig(root, join(root, 'electron-builder.yml'), null);
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(await loadConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('whose schema does reject a wrong setting', async () => {
    const wrong = { ...(await loadConfig()), fileAssociations: [{ ext: 'briefing', rolex: 'Editor' }] } as unknown as Config;
    await expect(validateConfiguration(wrong, new DebugLogger(false))).rejects.toThrow(/fileAssociations/);
  });

  it('makes an AppImage and a deb, a Windows installer and a macOS disk image', async () => {
    const config = await loadConfig();
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.win).toMatchObject({ target: ['nsis'] });
    expect(config.mac).toMatchObject({ target: ['dmg'] });
  });

  it('associates .briefing files with the app, with a MIME type for Linux desktops', async () => {
    const config = await loadConfig();
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'briefing', mimeType: 'application/x-briefwright-briefing' })]);
    expect((config.linux as { mimeTypes: string[] }).mimeTypes).toContain('application/x-briefwright-briefing');
  });

  it('is what `npm run dist` uses', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toMatch(/electron-builder --config electron-builder\.yml/);
  });
});
