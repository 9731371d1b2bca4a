import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../shared/model/errors';
import { SAFE_ID } from '../../shared/model/ids';
import type { AtomicWriteOptions } from './atomicWrite';
import { syncFolder, writeFileAtomic } from './atomicWrite';


export interface QuarantineReport {
  file: string;
  /** Where the file was moved; null when it was left where it is (a file from a newer Briefwright). */
  movedTo: string | null;
  reason: string;
}

/** The schemaVersion a raw document claims, when it claims a number. */
function versionOf(raw: unknown): number | null {
  const version = typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  return typeof version === 'number' && Number.isFinite(version) ? version : null;
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
  /** Files being moved aside now, so readers meeting the same damaged file at once move it once. */
  private readonly moving = new Map<string, Promise<void>>();
  /** Files from a newer Briefwright already reported, so each is reported once. */
  private readonly newerReported = new Set<string>();
  listener: CollectionListener<z.output<S>> | null = null;

  constructor(
    readonly dir: string,
    private readonly schema: S,
    private readonly label: string,
    private readonly onProblem: (report: QuarantineReport) => void = () => undefined,
    /** The newest schemaVersion this Briefwright writes: files of a later one are left alone, never moved or overwritten. */
    private readonly newestVersion = Number.POSITIVE_INFINITY,
  ) {}

  private newerError(version: number): AppError {
    return new AppError(
      'invalid-file',
      `This ${this.label} was saved by a newer version of Briefwright (format ${version}; this version reads up to ${this.newestVersion}). Update Briefwright to open it; it has been left as it is.`,
    );
  }

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

  /** The document, or `null` when there is none, it was unreadable (then it is moved aside) or it is from a newer Briefwright (left alone). */
  async read(id: string): Promise<z.output<S> | null> {
    const loaded = await this.load(id);
    return loaded && 'newer' in loaded ? null : loaded;
  }

  private async load(id: string): Promise<z.output<S> | { newer: number } | null> {
    const file = this.pathOf(id);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      await this.quarantine(file, `not JSON: ${(error as Error).message}`);
      return null;
    }
    const version = versionOf(raw);
    if (version !== null && version > this.newestVersion) {
      if (!this.newerReported.has(file)) {
        this.newerReported.add(file);
        this.report({ file, movedTo: null, reason: this.newerError(version).message });
      }
      return { newer: version };
    }
    const parsed = this.schema.safeParse(raw);
    if (!parsed.success || parsed.data.id !== id) {
      const reason = parsed.success ? `its id is not ${id}` : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      await this.quarantine(file, reason);
      return null;
    }
    return parsed.data;
  }

  async get(id: string): Promise<z.output<S>> {
    const found = await this.load(id);
    if (found && 'newer' in found) throw this.newerError(found.newer);
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

  async write(doc: z.output<S>, options: AtomicWriteOptions = {}): Promise<void> {
    const checked = this.schema.parse(doc);
    const file = this.pathOf(checked.id);
    if (Number.isFinite(this.newestVersion)) {
      const existing = await readFile(file, 'utf8').then(
        (text) => {
          try {
            return versionOf(JSON.parse(text));
          } catch {
            return null;
          }
        },
        () => null,
      );
      if (existing !== null && existing > this.newestVersion) throw this.newerError(existing);
    }
    await writeFileAtomic(file, `${JSON.stringify(checked, null, 1)}\n`, options);
    if (this.listener) {
      const { mtimeMs, size } = await stat(file);
      this.listener.written(checked, { mtimeMs, size });
    }
  }

  /** The write barrier after a batch of writes made with `syncFolder: false`. */
  async syncFolder(): Promise<void> {
    await syncFolder(this.dir);
  }

  async remove(id: string): Promise<void> {
    await rm(this.pathOf(id), { force: true });
    this.listener?.removed(id);
  }

  /**
   * Moves a damaged file aside, once: readers meeting it at the same time wait for the same move, and a file
   * already moved (by another reader or another process) is not an error.
   */
  private quarantine(file: string, reason: string): Promise<void> {
    let move = this.moving.get(file);
    if (!move) {
      move = this.moveAside(file, reason).finally(() => this.moving.delete(file));
      this.moving.set(file, move);
    }
    return move;
  }

  private async moveAside(file: string, reason: string): Promise<void> {
    const aside = join(this.dir, '.quarantine');
    await mkdir(aside, { recursive: true });
    const name = file.split(/[\\/]/).pop()!;
    const movedTo = join(aside, `${Date.now()}-${randomBytes(4).toString('hex')}-${name}`);
    try {
      await rename(file, movedTo);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    this.listener?.removed(name.slice(0, -5));
    this.report({ file, movedTo, reason });
  }

  private report(report: QuarantineReport): void {
    this.problems.push(report);
    this.onProblem(report);
  }
}
