import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../../shared/model/errors';
import type { Template } from '../../shared/model/template';
import { MAX_TEMPLATE_FILE_CHARS, parseTemplateFile } from '../../shared/templates/templateFile';
import type { TemplateStore } from '../services/templates';

/** Reads and checks a template file from disk; a missing, huge, bad or hostile file throws an AppError. */
export async function readTemplateFile(path: string): Promise<Template> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('invalid-file', `${path} is a folder, not a template file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('not-found', `There is no file at ${path}.`);
  }
  if (size > MAX_TEMPLATE_FILE_CHARS * 4) throw new AppError('too-large', `${path} is far larger than a Briefwright template; it was not read.`);
  return parseTemplateFile(await readFile(path, 'utf8'));
}

/** `--template NAME|FILE`: a path to a template file when one is there (or the name looks like a path), else a template by name or id. */
export async function resolveTemplate(nameOrFile: string, store: TemplateStore): Promise<Template> {
  const looksLikePath = /[\\/]|\.json$/i.test(nameOrFile);
  const exists = await stat(nameOrFile).then(
    (info) => info.isFile(),
    () => false,
  );
  return looksLikePath || exists ? readTemplateFile(nameOrFile) : store.find(nameOrFile);
}
