import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model/article';
import { isExportRead } from '../../shared/pipeline/readArticle';
import { HARBOUR_ARTICLE } from '../../test/fixtures/articles';
import { ReaderPool } from './readerPool';

const encode = (text: string) => new TextEncoder().encode(text);
let pool: ReaderPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('reading files on worker threads', () => {
  it('reads many files in parallel, each into its own article, in the order asked', async () => {
    pool = new ReaderPool({ size: 2 });
    const files = Array.from({ length: 12 }, (_, i) => ({ name: `a${i}.txt`, bytes: encode(HARBOUR_ARTICLE.replace('Tuesday', `day ${i}`)) }));
    const articles = (await Promise.all(files.map((f) => pool!.read(f)))) as Article[];
    expect(articles.map((a) => a.source.fileName)).toEqual(files.map((f) => f.name));
    expect(new Set(articles.map((a) => a.id)).size).toBe(12);
    expect(articles[3].paragraphs.join(' ')).toContain('day 3');
  });

  it('fails one file with a stable code and keeps going with the next', async () => {
    pool = new ReaderPool({ size: 1 });
    await expect(pool.read({ name: 'empty.txt', bytes: new Uint8Array() })).rejects.toMatchObject({ code: 'empty' });
    await expect(pool.read({ name: 'ok.txt', bytes: encode(HARBOUR_ARTICLE) })).resolves.toMatchObject({ source: { fileName: 'ok.txt' } });
  });

  it('abandons a read that takes too long with the code "timeout", and other files still fail or pass on their own', async () => {
    pool = new ReaderPool({ size: 1, timeoutMs: 1 });
    const slow = pool.read({ name: 'slow.txt', bytes: encode(HARBOUR_ARTICLE.repeat(2000)) });
    const next = pool.read({ name: 'next.txt', bytes: encode(HARBOUR_ARTICLE) });
    await expect(slow).rejects.toMatchObject({ code: 'timeout', message: expect.stringContaining('slow.txt') });
    await expect(next).rejects.toMatchObject({ code: 'timeout', message: expect.stringContaining('next.txt') });
  });

  it('reads a news-database export on a worker into its articles, the cut-off one failing alone', async () => {
    pool = new ReaderPool({ size: 1 });
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../test/fixtures/exports/factiva-export-damaged.txt')));
    const read = await pool.read({ name: 'factiva.txt', bytes });
    expect(isExportRead(read)).toBe(true);
    if (!isExportRead(read)) return;
    expect(read.parts.map((p) => (p.ok ? p.article.documentId : p.error.code))).toEqual([
      'FINLED0020251218elci0001h',
      'MERWIR0020251219elcj000a2',
      'ANDMIN0020251218elch00031',
      'corrupt',
    ]);
    expect(read.parts[0].ok && read.parts[0].article.quotes.length).toBeGreaterThan(0);
  });
});
