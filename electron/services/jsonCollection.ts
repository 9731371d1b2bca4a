import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../shared/model/errors';
import { SAFE_ID } from '../../shared/model/ids';
import { writeFileAtomic } from './atomicWrite';


export interface QuarantineReport {
  file: string;
  movedTo: string;
  reason: string;
}

/**
 * One folder of JSON documents, one file per id, each validated with its schema when read.
 * A file that fails validation is moved aside into `.quarantine/` and reported — never overwritten.
 */
/** Told after a file is written or removed, so an index kept beside the files follows them (files first, index after). */
export interface CollectionListener<T> {
  written(doc: T, file: { mtimeMs: number; size: number }): void;
  removed(id: string): void;
}

export class JsonCollection<S extends z.ZodType<{ id: string }>> {
  readonly problems: QuarantineReport[] = [];
  listener: CollectionListener<z.output<S>> | null = null;

  constructor(
    readonly dir: string,
    private readonly schema: S,
    private readonly label: string,
    private readonly onProblem: (report: QuarantineReport) => void = () => undefined,
  ) {}

  private pathOf(id: string): string {
    if (!SAFE_ID.test(id)) throw new AppError('invalid-input', `"${id}" is not a valid ${this.label} id.`);
    return join(this.dir, `${id}.json`);
  }

  async ids(): Promise<string[]> {
    await mkdir(this.dir, { recursive: true });
    const names = await readdir(this.dir);
    return names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).map((n) => n.slice(0, -5)).filter((id) => SAFE_ID.test(id));
  }

  async has(id: string): Promise<boolean> {
    try {
      await readFile(this.pathOf(id));
      return true;
    } catch {
      return false;
    }
  }

  /** The document, or `null` when there is none or it was unreadable (then it is moved aside). */
  async read(id: string): Promise<z.output<S> | null> {
    const file = this.pathOf(id);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let parsed: z.ZodSafeParseResult<z.output<S>>;
    try {
      parsed = this.schema.safeParse(JSON.parse(text));
    } catch (error) {
      await this.quarantine(file, `not JSON: ${(error as Error).message}`);
      return null;
    }
    if (!parsed.success || parsed.data.id !== id) {
      const reason = parsed.success ? `its id is not ${id}` : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      await this.quarantine(file, reason);
      return null;
    }
    return parsed.data;
  }

  async get(id: string): Promise<z.output<S>> {
    const found = await this.read(id);
    if (!found) throw new AppError('not-found', `That ${this.label} is no longer in the library.`);
    return found;
  }

  async all(): Promise<z.output<S>[]> {
    const out: z.output<S>[] = [];
    for (const id of await this.ids()) {
      const doc = await this.read(id);
      if (doc) out.push(doc);
    }
    return out;
  }

  async write(doc: z.output<S>): Promise<void> {
    const checked = this.schema.parse(doc);
    const file = this.pathOf(checked.id);
    await writeFileAtomic(file, `${JSON.stringify(checked, null, 1)}\n`);
    if (this.listener) {
      const { mtimeMs, size } = await stat(file);
      this.listener.written(checked, { mtimeMs, size });
    }
  }

  async remove(id: string): Promise<void> {
    await rm(this.pathOf(id), { force: true });
    this.listener?.removed(id);
  }

  private async quarantine(file: string, reason: string): Promise<void> {
    const aside = join(this.dir, '.quarantine');
    await mkdir(aside, { recursive: true });
    const movedTo = join(aside, `${Date.now()}-${file.split(/[\\/]/).pop()}`);
    await rename(file, movedTo);
    this.listener?.removed(file.split(/[\\/]/).pop()!.slice(0, -5));
    const report = { file, movedTo, reason };
    this.problems.push(report);
    this.onProblem(report);
  }
}
