import type { Handlers } from '../../shared/ipc/contract';
import { ArticleIntake } from './articleIntake';
import type { ServiceOptions } from './createServices';
import { createServices } from './createServices';
import type { QuarantineReport } from './jsonCollection';
import type { Library } from './library';
import { openLibrary } from './library';
import { libraryFolder } from './libraryPaths';
import { ReaderPool } from './readerPool';

export interface CoreOptions extends Omit<ServiceOptions, 'read' | 'intake'> {
  /** The environment to read `$BRIEFWRIGHT_HOME` from (the CLI's tests pass their own). */
  env?: NodeJS.ProcessEnv;
  /** Electron's `userData` in the desktop app; elsewhere the same per-user folder, computed. */
  userData?: string;
  /** A file in the library that failed validation and was moved aside. */
  onProblem?: (report: QuarantineReport) => void;
}

/** The core every front door serves, opened one way: the library, its handlers, and how to close it. */
export interface Core {
  library: Library;
  handlers: Handlers;
  /** Stops the reader workers and writes what the import learned; call before the process ends. */
  close(): Promise<void>;
}

/**
 * Opens the library (`$BRIEFWRIGHT_HOME`, else `<userData>/library`) and the services over it, reading
 * files on worker threads. The desktop app, the browser host and the CLI all start here.
 */
export function openCore(options: CoreOptions = {}): Core {
  const { env = process.env, userData, onProblem, ...serviceOptions } = options;
  const library = openLibrary(libraryFolder(env, userData), onProblem);
  const pool = new ReaderPool();
  const intake = new ArticleIntake(library);
  const handlers = createServices(library, { ...serviceOptions, intake, read: (file) => pool.read(file) });
  // Load and check the article index now, so the first listing does not wait for it.
  void library.articleIndex.open().catch(() => undefined);
  return {
    library,
    handlers,
    async close() {
      await pool.close();
      await intake.flush();
      await library.articleIndex.flush();
    },
  };
}
