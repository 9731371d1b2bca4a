import { describe, expect, it } from 'vitest';
import { ingest } from './ingest';
import { ingestText } from '../../test/helpers/ingestString';

const bytes = (s: string) => new TextEncoder().encode(s);
const STORY = [
  'Ministers met in Brussels on Friday to agree a new package of support for the region.',
  '“We will keep going,” the minister said after the meeting.',
  'The package is worth £2 billion over three years.',
];

describe('plain-text conventions', () => {
  it('reads SOURCE:, DATE: and BY: header lines', async () => {
    const a = await ingest({ name: 'a.txt', bytes: bytes(['SOURCE: The Morning Wire', 'DATE: 11 April 2025', 'BY: Jane Roe', '', ...STORY.flatMap((p) => [p, ''])].join('\n')) });
    expect(a.publication).toBe('The Morning Wire');
    expect(a.published).toBe('2025-04-11');
    expect(a.byline).toBe('Jane Roe');
    expect(a.origin).toMatchObject({ publication: 'header-line', published: 'header-line', byline: 'header-line' });
    expect(a.paragraphs).toEqual(STORY);
  });

  it('reads a "date 2025-04-11" line running into a donation appeal, drops the appeal and finds the publication named in it', async () => {
    const appeal =
      'date 2025-04-11 Your support helps us to tell the story Read more Support Now The Coastal Herald is on the ground when the story is developing. ' +
      'Your donation allows us to keep sending journalists to both sides of the story. The Coastal Herald is trusted by readers across the spectrum, ' +
      'and we choose not to lock readers out with paywalls. Your support makes all the difference. Read more';
    const a = await ingest({ name: 'seed-like.txt', bytes: bytes([appeal, '', ...STORY.flatMap((p) => [p, ''])].join('\n')) });
    expect(a.published).toBe('2025-04-11');
    expect(a.publication).toBe('The Coastal Herald');
    expect(a.origin.publication).toBe('boilerplate');
    // no headline: a title made from the first sentence, marked as made up
    expect(a.title).toBe('Ministers met in Brussels on Friday to agree a new package…');
    expect(a.origin.title).toBe('made-up');
    expect(a.paragraphs).toEqual(STORY);
  });

  it('takes a short first line as the headline and a "By" line as the byline', async () => {
    const a = await ingestText(['Ministers agree support package', 'By Jane Roe', '', ...STORY].join('\n'));
    expect(a.title).toBe('Ministers agree support package');
    expect(a.byline).toBe('Jane Roe');
    expect(a.paragraphs).toEqual(STORY);
  });

  it('keeps a first line that is a sentence as body text, and makes the title from it, marked as made up', async () => {
    const a = await ingestText(STORY.join('\n\n'));
    expect(a.origin.title).toBe('made-up');
    expect(a.paragraphs).toEqual(STORY);
  });

  it('reads Markdown: a # heading as the headline, markup removed', async () => {
    const md = ['# Ministers agree support package', '', 'Ministers met in **Brussels** on Friday to agree a new [package](https://example.com) of support for the region.', '', '> “We will keep going,” the minister said after the meeting.'].join('\n');
    const a = await ingest({ name: 'note.md', bytes: bytes(md) });
    expect(a.source.format).toBe('md');
    expect(a.title).toBe('Ministers agree support package');
    expect(a.paragraphs).toEqual(STORY.slice(0, 2));
  });

  it('joins hard-wrapped lines into paragraphs', async () => {
    const a = await ingestText('Ministers met in Brussels on Friday to agree\na new package of support for the region.\n\nThe package is worth £2 billion\nover three years.');
    expect(a.paragraphs).toEqual([STORY[0], STORY[2]]);
  });
});

describe('press-database exports', () => {
  it('reads a headline followed by labelled lines, skipping the labels an article does not keep', async () => {
    const text = [
      'Ministers agree support package',
      'Byline: Jane Roe',
      'Source: The Morning Wire, 11 April 2025',
      'Section: World; Pg. 4',
      'Length: 812 words',
      'Body',
      '',
      ...STORY,
    ].join('\n');
    const a = await ingestText(text);
    expect(a.title).toBe('Ministers agree support package');
    expect(a.byline).toBe('Jane Roe');
    expect(a.publication).toBe('The Morning Wire');
    expect(a.published).toBe('2025-04-11');
    expect(a.paragraphs).toEqual(STORY);
  });
});
