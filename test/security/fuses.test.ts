import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
// js-yaml comes with electron-builder; its own YAML reader, so this reads the file as the packer does.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('Electron fuses flipped at pack time', () => {
  const fuses = config.electronFuses as Record<string, boolean>;

  it('turn off running as plain Node, NODE_OPTIONS and the --inspect flags', () => {
    expect(fuses.runAsNode).toBe(false);
    expect(fuses.enableNodeOptionsEnvironmentVariable).toBe(false);
    expect(fuses.enableNodeCliInspectArguments).toBe(false);
  });

  it('load the app only from its asar and check the asar has not been changed', () => {
    expect(config.asar).toBe(true);
    expect(fuses.onlyLoadAppFromAsar).toBe(true);
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
  });

  it('give file:// no extra privileges and encrypt cookies', () => {
    expect(fuses.grantFileProtocolExtraPrivileges).toBe(false);
    expect(fuses.enableCookieEncryption).toBe(true);
  });
});
