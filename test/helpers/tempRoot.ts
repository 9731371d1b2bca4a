import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * Every test file gets a temporary folder of its own as TMPDIR (a vitest setup file): whatever it writes
 * through `tmpdir()`, and whatever the hosts, CLIs, LibreOffice and Chromium it starts write there, is
 * removed when the file is done, passed or failed. Its hooks are registered before the file's own, so
 * the folder exists before them and is removed after the file's afterAll hooks (which stop hosts and
 * browsers). A file whose tests are all skipped runs neither hook and makes no folder.
 */
const previous = process.env.TMPDIR;
let root: string | null = null;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'briefwright-tests-'));
  process.env.TMPDIR = root;
});

afterAll(() => {
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
  if (root) rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  root = null;
});
