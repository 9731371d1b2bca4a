import { stat } from 'node:fs/promises';
import type { Template } from '../../shared/model/template';
import { MAX_TEMPLATE_FILE_CHARS, parseTemplateFile } from '../../shared/templates/templateFile';
import type { Core } from '../services/openCore';
import { readCapped } from '../services/readCapped';
import { call } from './cliCore';

/** Reads and checks a template file from disk; a missing, huge, bad or hostile file throws an AppError. */
export async function readTemplateFile(path: string): Promise<Uint8Array> {
  return readCapped(path, MAX_TEMPLATE_FILE_CHARS * 4);
}

/** `--template NAME|FILE`: a template file when one is there (or the name looks like a path), else a template by name or id. */
export async function resolveTemplate(nameOrFile: string, core: Core): Promise<Template> {
  const looksLikePath = /[\\/]|\.json$/i.test(nameOrFile);
  const exists = await stat(nameOrFile).then(
    (info) => info.isFile(),
    () => false,
  );
  if (looksLikePath || exists) return parseTemplateFile(new TextDecoder().decode(await readTemplateFile(nameOrFile)));
  return call(core, 'getTemplate', { name: nameOrFile });
}
