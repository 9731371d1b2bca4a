import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { FeedListing, Handlers } from '../../shared/ipc/contract';
import type { Feed } from '../../shared/ingest/readFeed';
import { readFeed } from '../../shared/ingest/readFeed';
import { AppError } from '../../shared/model/errors';
import { MAX_FETCH_BYTES } from '../../shared/model/limits';
import { writeFileAtomic } from './atomicWrite';
import { fetchPage } from './fetchPage';
import type { FetchOptions } from './fetchPage';
import type { Library } from './library';

/** The item ids a feed is remembered by are capped, so a busy feed's memory does not grow for ever. */
const MAX_SEEN = 5000;

const FeedsFileSchema = z.object({
  schemaVersion: z.literal(1),
  feeds: z.record(z.string(), z.object({ title: z.string().nullable(), lastChecked: z.string(), seen: z.array(z.string()) })),
});
type FeedsFile = z.infer<typeof FeedsFileSchema>;

const feedsFile = (library: Library) => join(library.root, 'feeds.json');

async function readFeeds(library: Library): Promise<FeedsFile> {
  try {
    const parsed = FeedsFileSchema.safeParse(JSON.parse(await readFile(feedsFile(library), 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // none yet, or unreadable: start again (what a feed held is derived, not the analyst's work)
  }
  return { schemaVersion: 1, feeds: {} };
}

function listing(feed: Feed, url: string | null, seen: ReadonlySet<string> | null): FeedListing {
  return {
    url,
    title: feed.title,
    format: feed.format,
    items: feed.items.map((item) => ({ ...item, isNew: seen ? !seen.has(item.id) : true })),
  };
}

/** Reading news feeds, and remembering each feed read from an address with the items it held ("new since last time"). */
export function feedHandlers(library: Library, fetchOptions: FetchOptions & { maxBytes: number }): Pick<Handlers, 'readFeed' | 'listFeeds'> {
  let queue: Promise<unknown> = Promise.resolve();
  /** One read-modify-write of feeds.json at a time. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    async readFeed(input) {
      if ('file' in input) return listing(readFeed(input.file.data), null, null);
      const page = await fetchPage(input.url, { ...fetchOptions, maxBytes: Math.min(fetchOptions.maxBytes, MAX_FETCH_BYTES) });
      const feed = readFeed(page.bytes, page.finalUrl);
      if (feed.items.length === 0 && !feed.title) throw new AppError('no-text', 'This feed lists no items.');
      return serial(async () => {
        const memory = await readFeeds(library);
        const before = memory.feeds[input.url];
        const result = listing(feed, input.url, before ? new Set(before.seen) : null);
        const seen = [...new Set([...feed.items.map((i) => i.id), ...(before?.seen ?? [])])].slice(0, MAX_SEEN);
        memory.feeds[input.url] = { title: feed.title, lastChecked: new Date().toISOString(), seen };
        await writeFileAtomic(feedsFile(library), `${JSON.stringify(memory)}\n`);
        return result;
      });
    },
    async listFeeds() {
      const memory = await readFeeds(library);
      return Object.entries(memory.feeds)
        .map(([url, f]) => ({ url, title: f.title, lastChecked: f.lastChecked }))
        .sort((a, b) => b.lastChecked.localeCompare(a.lastChecked));
    },
  };
}
