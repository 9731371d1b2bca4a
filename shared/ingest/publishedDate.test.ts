import { afterEach, describe, expect, it } from 'vitest';
import { ingestHtml } from '../../test/helpers/ingestString';

const BODY = '<article><h1>Harbour wall plan approved after long delay</h1><p>The council approved the plan for the harbour wall on Friday evening after a debate that ran late into the night.</p><p>Work will begin in the spring and take two years to finish.</p></article>';
const page = (head: string, body = BODY) => `<!doctype html><html><head><title>Harbour wall plan approved</title>${head}</head><body>${body}</body></html>`;

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('the publication date', () => {
  it('is the day the page states, in its own offset, whatever the time zone of the machine', async () => {
    for (const tz of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata']) {
      process.env.TZ = tz;
      const a = await ingestHtml(page('<meta property="article:published_time" content="2024-05-03T23:30-04:00">'));
      expect(a.published, tz).toBe('2024-05-03');
    }
  });

  it('comes from structured data before visible text, and never from a modified date when a published one exists', async () => {
    const head =
      '<meta property="article:modified_time" content="2024-06-10T09:00:00Z">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall plan approved","dateModified":"2024-06-10","datePublished":"2024-05-03T08:00:00+01:00"}</script>';
    const a = await ingestHtml(page(head, BODY.replace('<article>', '<article><p class="date">Updated 10 June 2024</p>')));
    expect(a.published).toBe('2024-05-03');
  });

  it('falls back to a modified date only when the page states no other', async () => {
    const a = await ingestHtml(page('<meta property="article:modified_time" content="2024-06-10T09:00:00Z">'));
    expect(a.published).toBe('2024-06-10');
  });
});
