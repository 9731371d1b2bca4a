import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../electron/services/createServices';
import { openLibrary } from '../../electron/services/library';
import type { AppApi, Method } from '../../shared/ipc/contract';
import { METHODS } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import type { Article } from '../../shared/model/article';
import type { Briefing } from '../../shared/model/briefing';
import type { Template } from '../../shared/model/template';

/** One folder of the library's JSON files, read and written synchronously so a test can look in as it asserts. */
export class FolderView<T> {
  constructor(private readonly dir: string) {}

  private ids(): string[] {
    try {
      return readdirSync(this.dir).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)).sort();
    } catch {
      return [];
    }
  }

  get(id: string): T | undefined {
    try {
      return JSON.parse(readFileSync(join(this.dir, `${id}.json`), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get size(): number {
    return this.ids().length;
  }

  values(): T[] {
    return this.ids().map((id) => this.get(id)!);
  }

  set(id: string, value: T): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, `${id}.json`), JSON.stringify(value));
  }

  delete(id: string): void {
    rmSync(join(this.dir, `${id}.json`), { force: true });
  }
}

/** The real library on disk behind a test's core, open for the test to look into. */
export interface TestLibrary {
  root: string;
  articles: FolderView<Article>;
  briefings: FolderView<Briefing>;
  /** Briefings in the trash. */
  trash: FolderView<Briefing>;
  /** The analyst's own templates (the built-in ones are not files). */
  templates: FolderView<Template>;
  /** Every call the page made, in order, with its input. */
  calls: { method: Method; input: unknown }[];
  /** Web pages the core can fetch, by address on `pagesOrigin` (HTML); any other path answers 404. */
  pages: Map<string, string>;
  /** `http://127.0.0.1:PORT` of the page server. */
  pagesOrigin(): string;
}

const opened: { root: string; close: () => void }[] = [];

/**
 * A local web server for the pages a test imports by address: the real fetch, on this machine only.
 * It is listening by the time a test has awaited anything; `allowed` then holds its host for the core.
 */
function pageServer(pages: Map<string, string>, allowed: string[]): { origin: () => string; close: () => void } {
  const origin = () => `http://127.0.0.1:${(server.address() as AddressInfo | null)?.port ?? 0}`;
  const server = createServer((req, res) => {
    const page = pages.get(`${origin()}${req.url ?? '/'}`);
    res.writeHead(page === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page ?? 'Not found');
  });
  server.listen(0, '127.0.0.1', () => allowed.push(new URL(origin()).host));
  return { origin, close: () => server.close() };
}

/**
 * The real core (the services over a library in a temporary folder) behind an `AppApi` that calls
 * `dispatch` in-process, as the window's IPC and the browser host do. Seeds are written as files first.
 */
export function openTestCore(seed: { articles?: Article[]; briefings?: Briefing[] } = {}): AppApi & { library: TestLibrary } {
  const root = mkdtempSync(join(tmpdir(), 'briefwright-component-'));
  const pages = new Map<string, string>();
  const allowed: string[] = [];
  const server = pageServer(pages, allowed);
  const library: TestLibrary = {
    root,
    articles: new FolderView(join(root, 'articles')),
    briefings: new FolderView(join(root, 'briefings')),
    trash: new FolderView(join(root, 'trash', 'briefings')),
    templates: new FolderView(join(root, 'templates')),
    calls: [],
    pages,
    pagesOrigin: server.origin,
  };
  for (const article of seed.articles ?? []) library.articles.set(article.id, article);
  for (const briefing of seed.briefings ?? []) library.briefings.set(briefing.id, briefing);
  const handlers = createServices(openLibrary(root), { allowFetchFrom: allowed, fetchTimeoutMs: 5000 });
  opened.push({ root, close: server.close });
  const api = { library } as AppApi & { library: TestLibrary };
  for (const method of METHODS) {
    (api as unknown as Record<Method, (input: unknown) => Promise<unknown>>)[method] = async (input: unknown) => {
      library.calls.push({ method, input });
      return dispatch(handlers, method, input);
    };
  }
  return api;
}

/** Removes every test core's library and stops its page server (the component tests' setup calls it after each file). */
export function closeTestCores(): void {
  for (const { root, close } of opened.splice(0)) {
    close();
    rmSync(root, { recursive: true, force: true });
  }
}
