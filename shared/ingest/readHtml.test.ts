import { describe, expect, it } from 'vitest';
import { ingest } from './ingest';
import { ingestHtml } from '../../test/helpers/ingestString';
import { stripCode } from './readHtml';

const para = (n: number) =>
  `<p>Paragraph ${n} of the story tells how the harbour board met on Tuesday evening and agreed, after a long debate, to spend more on the sea wall.</p>`;

describe('HTML pages', () => {
  it('takes metadata from JSON-LD and remembers where each field came from', async () => {
    const html = `<!doctype html><html lang="en-GB"><head>
      <title>Sea wall plan approved | The Harbour Ledger</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Sea wall plan approved",
        "author":[{"@type":"Person","name":"Ann Lee"}],"publisher":{"@type":"Organization","name":"The Harbour Ledger"},
        "datePublished":"2024-06-02T21:30:00-04:00"}</script>
      <meta property="og:site_name" content="the harbour ledger">
      <link rel="canonical" href="https://ledger.example/2024/06/02/sea-wall">
      </head><body><article><h1>Sea wall plan approved</h1>${[1, 2, 3, 4].map(para).join('')}</article></body></html>`;
    const a = await ingestHtml(html);
    expect(a.title).toBe('Sea wall plan approved');
    expect(a.byline).toBe('Ann Lee');
    expect(a.publication).toBe('The Harbour Ledger');
    expect(a.published).toBe('2024-06-02'); // the date as written, not moved to another day by the offset
    expect(a.url).toBe('https://ledger.example/2024/06/02/sea-wall');
    expect(a.language).toBe('en-GB');
    expect(a.origin).toMatchObject({ byline: 'json-ld', publication: 'json-ld', published: 'json-ld', url: 'link' });
    expect(a.paragraphs).toHaveLength(4);
  });

  it('falls back to OpenGraph, <meta>, <time> and a visible byline', async () => {
    const html = `<html><head><title>Ferry fares rise - Coast News</title>
      <meta property="og:title" content="Ferry fares rise"><meta property="og:site_name" content="Coast News">
      </head><body><article><h1>Ferry fares rise</h1>
      <div class="byline">By JOHN SMITH</div><time datetime="2023-11-05T08:00:00Z">5 November</time>
      ${[1, 2, 3].map(para).join('')}</article></body></html>`;
    const a = await ingestHtml(html);
    expect(a.title).toBe('Ferry fares rise');
    expect(a.byline).toBe('John Smith');
    expect(a.publication).toBe('Coast News');
    expect(a.published).toBe('2023-11-05');
  });

  it('finds the date and author in the page text when a page has no metadata', async () => {
    const html = `<html><head><title>Pier reopens - Bay Times</title></head><body><div id="story">
      <h1>Pier reopens</h1><p class="post-date">Posted on April 21, 2015, at 11:29 a.m.</p>
      ${[1, 2, 3].map(para).join('')}</div><footer>© 2015 Bay Times Ltd. All rights reserved.</footer></body></html>`;
    const a = await ingestHtml(html, { url: 'https://www.baytimes.example/pier' });
    expect(a.published).toBe('2015-04-21');
    expect(a.publication).toBe('Bay Times');
  });

  it('drops boilerplate: share prompts, newsletter sign-ups, "Read more", captions', async () => {
    const html = `<html><body><article><h1>Tide gauges upgraded</h1>
      <figure><img src="x.jpg"><figcaption>The new gauge at the pier. Photograph: Jo Bloggs/Getty Images</figcaption></figure>
      ${para(1)}<p>Share this article</p>${para(2)}<p>Sign up for our morning newsletter to get the news in your inbox.</p>
      ${para(3)}<p>Read more</p><p>Comments are closed.</p></article></body></html>`;
    const a = await ingestHtml(html);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs.every((p) => p.startsWith('Paragraph'))).toBe(true);
  });

  it('yields plain text from hostile HTML and runs nothing in it', async () => {
    const g = globalThis as { __pwned?: boolean };
    delete g.__pwned;
    const html = `<html><head><script>globalThis.__pwned = true</script><base href="javascript:globalThis.__pwned=true//"></head>
      <body onload="globalThis.__pwned = true"><article><h1>Harbour news</h1>
      <p>First <b>bold</b> paragraph with <a href="javascript:globalThis.__pwned=true">a link</a> and <img src=x onerror="globalThis.__pwned=true"> an image.</p>
      <iframe srcdoc="<script>globalThis.__pwned=true</script>"></iframe>
      <p>Second paragraph <svg onload="globalThis.__pwned=true"><script>globalThis.__pwned=true</script></svg>of text.</p>
      <style>p { color: red }</style><noscript>Enable scripts</noscript>
      ${para(3)}</article></body></html>`;
    const a = await ingest({ name: 'hostile.html', bytes: new TextEncoder().encode(html) });
    // The DOM the importer parses into runs no script and loads nothing, now or later.
    expect(g.__pwned).toBeUndefined();
    expect(a.paragraphs[0]).toBe('First bold paragraph with a link and an image.');
    expect(a.paragraphs[1]).toBe('Second paragraph of text.');
    for (const p of a.paragraphs) expect(p).not.toMatch(/<|>|javascript:|__pwned|color: red/);
  });

  it('reads a page nested thousands of elements deep (no stack overflow, done within the test timeout)', async () => {
    const depth = 20_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>The deep paragraph of the story is still found.</p>${'</div>'.repeat(depth)}<p>And the one after it.</p></body></html>`;
    const a = await ingestHtml(html);
    expect(a.paragraphs).toEqual(['The deep paragraph of the story is still found.', 'And the one after it.']);
  });

  it('decodes a page declared as windows-1252', async () => {
    const head = new TextEncoder().encode('<html><head><meta charset="windows-1252"></head><body><p>It costs ');
    const tail = new TextEncoder().encode(' a ticket, they said.</p><p>More text follows here.</p></body></html>');
    const a = await ingest({ name: 'old.htm', bytes: new Uint8Array([...head, 0xa3, 0x35, ...tail]) });
    expect(a.paragraphs[0]).toBe('It costs £5 a ticket, they said.');
  });
});

describe('generic titles', () => {
  it('takes the story title when og:title names the site', async () => {
    const html = `<html><head><title>Space ship breaks up over Siberia</title>
      <meta property="og:type" content="website"><meta property="og:title" content="Wire News - Latest News &amp; Headlines">
      <meta name="application-name" content="Wire News - Latest News &amp; Headlines"></head>
      <body><article><h1>Space ship breaks up over Siberia</h1><div class="byline">By NATALIYA VASILYEVA</div>
      <p>A cargo space ship broke up over Siberia on Thursday shortly after launch, the space agency said in a statement.</p>
      <p>Debris fell in a remote and thinly populated region, officials said, and nobody was hurt on the ground.</p></article></body></html>`;
    const a = await ingestHtml(html);
    expect(a.title).toBe('Space ship breaks up over Siberia');
    expect(a.byline).toBe('Nataliya Vasilyeva');
  });
});

describe('pasted selections', () => {
  it('keeps every paragraph of a selection, short ones and lists included', async () => {
    const a = await ingestHtml('<h2>Key points</h2><ul><li>Fares rise 5%</li><li>From 1 May</li></ul><p>Short note.</p>');
    expect(a.title).toBe('Key points');
    expect(a.paragraphs).toEqual(['Fares rise 5%', 'From 1 May', 'Short note.']);
  });
});

describe('code out before parsing', () => {
  it('takes a comment opener inside a script for script text, as a browser does', () => {
    const { html, scripts } = stripCode('<p>One</p><script>var s = "<!--"; var published = "2020-01-02";</script><p>Two</p><!-- note --><p>Three</p>');
    expect(html).toBe('<p>One</p><p>Two</p><p>Three</p>');
    expect(scripts).toHaveLength(1);
  });
});

describe('publication', () => {
  it('prefers the site readers see (og:site_name) over a JSON-LD publisher naming the owner', async () => {
    const html = `<html><head><meta property="og:site_name" content="Coast News">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier reopens","publisher":{"@type":"Organization","name":"Coastal Media Group plc"}}</script>
      </head><body><article><h1>Pier reopens</h1><p>The pier reopened on Saturday after two years of repairs, the council said in a statement.</p><p>More text of the story follows here.</p></article></body></html>`;
    const a = await ingestHtml(html);
    expect(a.publication).toBe('Coast News');
    expect(a.origin.publication).toBe('og');
  });
});
