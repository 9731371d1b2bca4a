import { basename } from 'node:path';
import { MAX_FETCH_BYTES } from '../../shared/model/limits';
import { readCapped } from '../services/readCapped';
import type { CliContext } from './cliContext';
import { readArgs, UsageError } from './cliContext';
import { call, withCore } from './cliCore';

/**
 * `briefwright feed [--json] FILE|URL`: a news feed's items through the contract's `readFeed`; none is
 * fetched. A feed address is fetched under importUrl's rules and remembered in the library.
 */
export async function feedCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values, positional } = readArgs(args, { json: { type: 'boolean' } });
  if (positional.length !== 1) throw new UsageError('name one feed file or address.');
  const [source] = positional;
  return withCore(ctx, async (core) => {
    const input = /^https?:\/\//i.test(source) ? { url: source } : { file: { name: basename(source), data: await readCapped(source, MAX_FETCH_BYTES) } };
    const feed = await call(core, 'readFeed', input);
    const items = feed.items.map(({ title, link, published, byline }) => ({ title, link, published, byline }));
    if (values.json) ctx.stdout.write(`${JSON.stringify(items, null, 1)}\n`);
    else {
      ctx.stdout.write(`${feed.title ?? source}: ${items.length} ${items.length === 1 ? 'item' : 'items'}\n`);
      for (const [i, item] of feed.items.entries()) {
        ctx.stdout.write(`${item.isNew ? '*' : ' '} ${item.published ?? '          '}  ${item.title ?? '(untitled)'}${item.byline ? ` — ${item.byline}` : ''}\n    ${item.link ?? ''}\n`);
        if (i > 500) break;
      }
    }
    return 0;
  });
}
