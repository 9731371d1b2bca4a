import { describe, expect, it } from 'vitest';
import { ingest } from './ingest';
import { ingestText } from '../../test/helpers/ingestString';

const bytes = (s: string) => new TextEncoder().encode(s);
const STORY = [
  'The county will close four of its nine recycling centres next spring, the council confirmed on Wednesday.',
  '“Nobody wants this, but the money has run out,” said the cabinet member for waste.',
  'The closures are expected to save £1.2 million a year.',
];
const text = (...head: string[]) => [...head, ...STORY].join('\n\n');

describe('the head of a text article', async () => {
  it('reads a header block in any case, with a byline and its role kept apart', async () => {
    const a = await ingestText(text('source: Valley Courier\nDate: 4 March 2026\nBY: Ruth Okonjo-Hale, Environment Correspondent', 'County to shut four recycling centres'));
    expect(a).toMatchObject({ publication: 'Valley Courier', published: '2026-03-04', byline: 'Ruth Okonjo-Hale', bylineRole: 'Environment Correspondent', title: 'County to shut four recycling centres' });
    expect(a.paragraphs).toEqual(STORY);
  });

  it('reads a dateline with the publication, the date and the byline', async () => {
    const a = await ingestText(text('Valley Courier — 4 March 2026 — By Ruth Okonjo-Hale', 'County to shut four recycling centres'));
    expect(a).toMatchObject({ publication: 'Valley Courier', published: '2026-03-04', byline: 'Ruth Okonjo-Hale', title: 'County to shut four recycling centres' });
    expect(a.paragraphs).toEqual(STORY);
  });

  it('finds the headline after document notices and a kicker', async () => {
    const a = await ingestText(text('Subscriber copy — not for redistribution', 'ANALYSIS', 'County to shut four recycling centres', 'By Ruth Okonjo-Hale, Chief Reporter', 'Valley Courier | Wednesday 4 March 2026'));
    expect(a).toMatchObject({ title: 'County to shut four recycling centres', byline: 'Ruth Okonjo-Hale', bylineRole: 'Chief Reporter', publication: 'Valley Courier', published: '2026-03-04' });
    expect(a.paragraphs).toEqual(STORY);
  });

  it('reads a press release dateline for the date and the wire', async () => {
    const lead = 'LEEDS, England, March 4, 2026 /GreenWire/ -- Valley Recycling Ltd today said it would bid for the contracts.';
    const a = await ingestText(['FOR IMMEDIATE RELEASE', 'Valley Recycling to bid for county contracts', lead, ...STORY].join('\n\n'));
    expect(a).toMatchObject({ title: 'Valley Recycling to bid for county contracts', published: '2026-03-04', publication: 'GreenWire' });
    expect(a.paragraphs[0]).toBe(lead);
  });

  it('reads the forwarded message in an e-mail, not the note of the person who forwarded it', async () => {
    const eml = [
      'From: Sam Analyst <sam@agency.example>',
      'Subject: Fwd: recycling',
      'Date: Thu, 5 Mar 2026 09:00:00 +0000',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Worth a line tomorrow.',
      '',
      '---------- Forwarded message ---------',
      'From: Valley Courier <news@valleycourier.example>',
      'Date: Wed, Mar 4, 2026 at 7:00 AM',
      'Subject: Today: County to shut four recycling centres',
      '',
      'NEWS',
      '',
      'County to shut four recycling centres',
      '',
      'By Ruth Okonjo-Hale',
      '',
      ...STORY.flatMap((p) => [p, '']),
    ].join('\r\n');
    const a = await ingest({ name: 'fwd.eml', bytes: bytes(eml) });
    expect(a).toMatchObject({ title: 'County to shut four recycling centres', byline: 'Ruth Okonjo-Hale', publication: 'Valley Courier', published: '2026-03-04' });
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('datelines and headlines in other shapes', () => {
  it('reads a wire dateline without a year for the agency, and a headline set in capitals', async () => {
    const lead = 'HARBOURTON, Nov 3 (Coastal Wire) — The county will close four of its nine recycling centres next spring.';
    const a = await ingestText(['COUNTY TO SHUT FOUR RECYCLING CENTRES AS COSTS SOAR', lead, ...STORY.slice(1)].join('\n\n'));
    expect(a).toMatchObject({ title: 'COUNTY TO SHUT FOUR RECYCLING CENTRES AS COSTS SOAR', publication: 'Coastal Wire', published: null });
    expect(a.paragraphs[0]).toBe(lead);
  });

  it('reads "Name, date" and a byline line without "By", and skips a breadcrumb and a saved-page notice', async () => {
    const a = await ingestText(text('Saved from the web — 05/03/2026', 'Home » News » Local', 'County to shut four recycling centres', 'Ruth Okonjo-Hale Environment Editor', 'Valley Courier, 4 March 2026'));
    expect(a).toMatchObject({ title: 'County to shut four recycling centres', byline: 'Ruth Okonjo-Hale', bylineRole: 'Environment Editor', publication: 'Valley Courier', published: '2026-03-04' });
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('newsletters', () => {
  it('finds the story under the introduction and the kicker: the headline with a byline under it', async () => {
    const a = await ingestText(
      text(
        'View in browser | Manage your newsletters',
        'Good morning. Today: the county closes recycling centres, a row over bin collections, and a wet week ahead for the valley.',
        "TODAY'S LEAD",
        'County to shut four recycling centres',
        'By Ruth Okonjo-Hale, Environment Correspondent',
      ),
    );
    expect(a).toMatchObject({ title: 'County to shut four recycling centres', byline: 'Ruth Okonjo-Hale', bylineRole: 'Environment Correspondent' });
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('header fields in other shapes', () => {
  it('splits header fields run together on one line, and reads "Label — value" and other field names', async () => {
    const a = await ingestText(text('SOURCE: Valley Courier PUBLICATION DATE: 4 March 2026 REPORTER: Ruth Okonjo-Hale', 'HEADLINE — County to shut four recycling centres'));
    expect(a).toMatchObject({ publication: 'Valley Courier', published: '2026-03-04', byline: 'Ruth Okonjo-Hale', title: 'County to shut four recycling centres' });
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('the foot of a text article', () => {
  it('reads the publication from a closing copyright line and leaves the line out of the story', async () => {
    const a = await ingestText(text('County to shut four recycling centres') + '\n\n© 2026 Valley Courier Ltd. All rights reserved.');
    expect(a.publication).toBe('Valley Courier');
    expect(a.paragraphs).toEqual(STORY);
  });
});
