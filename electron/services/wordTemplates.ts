import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readTemplate } from '../../shared/docx/template';
import { AppError } from '../../shared/model/errors';
import { MAX_WORD_TEMPLATE_BYTES } from '../../shared/model/limits';
import { contentHash } from '../../shared/model/hash';
import { safeFileBase } from '../../shared/model/fileName';
import { writeFileAtomic } from './atomicWrite';
import type { Library } from './library';

const ID = /^wt_[0-9a-f]{32}$/;

export interface WordTemplateInfo {
  id: string;
  fileName: string;
  placeholders: string[];
}

const folderOf = (library: Library) => join(library.root, 'word-templates');
/** What the list shows of a template, written beside it when it is added so listing never unpacks a Word file. */
const infoFileOf = (library: Library, id: string) => join(folderOf(library), `${id}.json`);

async function storedInfo(library: Library, id: string, fileName: string): Promise<WordTemplateInfo | null> {
  try {
    const info = JSON.parse(await readFile(infoFileOf(library, id), 'utf8')) as Partial<WordTemplateInfo>;
    const placeholders = Array.isArray(info.placeholders) ? info.placeholders.filter((p): p is string => typeof p === 'string') : null;
    return info.id === id && info.fileName === fileName && placeholders ? { id, fileName, placeholders } : null;
  } catch {
    return null;
  }
}

/**
 * The organisation's own Word templates, kept in the library as the analyst gave them
 * (`<id>--<name>.docx`), checked when added so a bad file is refused before it is ever used.
 */
export async function addWordTemplate(library: Library, fileName: string, bytes: Uint8Array): Promise<WordTemplateInfo> {
  if (bytes.length > MAX_WORD_TEMPLATE_BYTES) throw new AppError('too-large', 'That Word template is larger than the 20 MB Briefwright accepts.');
  const template = readTemplate(bytes);
  let latin = '';
  for (let i = 0; i < Math.min(bytes.length, 1 << 20); i++) latin += String.fromCharCode(bytes[i]);
  const id = `wt_${contentHash(latin + bytes.length)}`;
  const name = `${safeFileBase(fileName.replace(/\.(docx|dotx)$/i, '')) || 'Template'}.docx`;
  const info: WordTemplateInfo = { id, fileName: name, placeholders: template.placeholders };
  await writeFileAtomic(join(folderOf(library), `${id}--${name}`), bytes);
  await writeFileAtomic(infoFileOf(library, id), JSON.stringify(info));
  return info;
}

export async function listWordTemplates(library: Library): Promise<WordTemplateInfo[]> {
  let names: string[];
  try {
    names = await readdir(folderOf(library));
  } catch {
    return [];
  }
  const out: WordTemplateInfo[] = [];
  for (const entry of names) {
    const [id, fileName] = entry.split('--');
    if (!ID.test(id) || !fileName) continue;
    const known = await storedInfo(library, id, fileName);
    if (known) {
      out.push(known);
      continue;
    }
    try {
      // Added by an older Briefwright: read once (guarded against zip bombs) and remembered.
      const info = { id, fileName, placeholders: readTemplate(new Uint8Array(await readFile(join(folderOf(library), entry)))).placeholders };
      await writeFileAtomic(infoFileOf(library, id), JSON.stringify(info)).catch(() => undefined);
      out.push(info);
    } catch {
      /* a damaged or hostile file is simply not offered */
    }
  }
  return out;
}

export async function readWordTemplate(library: Library, id: string): Promise<Uint8Array> {
  if (!ID.test(id)) throw new AppError('invalid-input', 'That is not a Word template id.');
  const entry = (await readdir(folderOf(library)).catch(() => [] as string[])).find((n) => n.startsWith(`${id}--`));
  if (!entry) throw new AppError('not-found', 'The organisation Word template this briefing uses is no longer in the library. Choose another in the export options.');
  return new Uint8Array(await readFile(join(folderOf(library), entry)));
}
