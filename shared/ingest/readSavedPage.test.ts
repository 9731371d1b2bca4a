import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { GRID_ARTICLE, HARBOUR_ARTICLE } from '../../test/fixtures/articles';
import { ingest, ingestFile } from './ingest';

const enc = (s: string) => new TextEncoder().encode(s);

/** A page saved as one file, the way a browser writes it: the HTML quoted-printable, an image beside it. */
function mhtml(html: string): string {
  const qp = html.replace(/=/g, '=3D').replace(/(.{70})/g, '$1=\r\n');
  return [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://valley.example.com/news/grid-shortfall',
    'Subject: Grid operator warns of winter shortfall',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--abc"',
    '',
    '------MultipartBoundary--abc',
    'Content-Type: text/html',
    'Content-ID: <frame-1@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://valley.example.com/news/grid-shortfall',
    '',
    qp,
    '------MultipartBoundary--abc',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://valley.example.com/logo.png',
    '',
    'iVBORw0KGgo=',
    '------MultipartBoundary--abc--',
    '',
  ].join('\r\n');
}

describe('saved pages', () => {
  it('reads the page inside a .mht/.mhtml file, with the address it was saved from', async () => {
    const article = await ingest({ name: 'grid.mhtml', bytes: enc(mhtml(GRID_ARTICLE)) });
    expect(article).toMatchObject({ title: 'Grid operator warns of winter shortfall', url: 'https://valley.example.com/news/grid-shortfall', source: { format: 'mhtml' } });
    expect(article.paragraphs.join(' ')).toContain('Industry groups said the shortfall was foreseeable');
  });

  it('reads every article in a .zip, an export inside it as all its articles, each failing alone', async () => {
    const factiva = new Uint8Array(readFileSync(join(import.meta.dirname, '../../test/fixtures/exports/factiva-export-damaged.txt')));
    const zip = zipSync({
      'morning/harbour.txt': enc(HARBOUR_ARTICLE),
      'morning/factiva.txt': factiva,
      'morning/inner.zip': zipSync({ 'x.txt': enc(HARBOUR_ARTICLE) }),
      '__MACOSX/morning/._harbour.txt': enc('resource fork'),
      'morning/empty.txt': enc('   '),
    });
    const read = await ingestFile({ name: 'articles.zip', bytes: zip });
    const summary = read.parts!.map((p) => (p.ok ? p.article.title : p.error.code));
    expect(summary).toEqual([
      'Harbour authority approves £18.2 billion expansion',
      'Harcourt & Lyle to cut 1,200 jobs and close 31 stores after Christmas slump',
      'Rotterdam port strike ends after 11-day dispute over automation',
      "Chile's copper output falls 4% in November as ore grades decline",
      'corrupt',
      'unsupported-format',
      'empty',
    ]);
    expect(read.parts![0].ok && read.parts![0].article.source.fileName).toBe('articles.zip/harbour.txt');
  });

  it('refuses a .zip that unpacks to far more than it should, before reading any of it', async () => {
    const bomb = zipSync({ 'a.txt': new Uint8Array(30 * 1024 * 1024).fill(65) }, { level: 9 });
    await expect(ingestFile({ name: 'bomb.zip', bytes: bomb, maxBytes: 5 * 1024 * 1024 })).rejects.toMatchObject({ code: 'too-large' });
  });
});
