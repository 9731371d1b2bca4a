import type { Briefing, Item, ItemKind } from '../model/briefing';
import { BRIEFING_SCHEMA_VERSION } from '../model/briefing';

/** A small, fully filled briefing for tests, previews and the export benchmark. */
export function sampleBriefing(): Briefing {
  return {
    schemaVersion: BRIEFING_SCHEMA_VERSION,
    id: 'brf-sample',
    title: 'Morning Energy Briefing',
    date: '2026-03-04',
    classification: 'OFFICIAL-SENSITIVE',
    createdAt: '2026-03-04T06:30:00.000Z',
    updatedAt: '2026-03-04T07:10:00.000Z',
    sections: [
      {
        id: 'sec-markets',
        title: 'Markets',
        summary: 'Gas prices eased after the storage report.',
        items: [
          {
            id: 'itm-q1',
            kind: 'quote',
            text: 'We expect prices to stay volatile well into the spring.',
            note: '',
            speaker: 'Jane Okafor',
            role: 'chief economist at Northgate',
            what: null,
            source: {
              articleId: 'art-1', paragraph: 2, start: 0, end: 55,
              title: 'Gas prices ease on storage news', publication: 'The Daily Ledger',
              published: '2026-03-03', url: 'https://ledger.example.com/gas-prices',
            },
          },
          {
            id: 'itm-f1',
            kind: 'figure',
            text: '12%',
            note: '',
            speaker: null,
            role: null,
            what: 'fall in wholesale gas prices since January',
            source: {
              articleId: 'art-1', paragraph: 4, start: 10, end: 13,
              title: 'Gas prices ease on storage news', publication: 'The Daily Ledger',
              published: '2026-03-03', url: 'https://ledger.example.com/gas-prices',
            },
          },
        ],
      },
      {
        id: 'sec-policy',
        title: 'Policy',
        summary: '',
        items: [
          {
            id: 'itm-e1',
            kind: 'excerpt',
            text: 'The regulator will publish its review of the price cap in May.',
            note: '',
            speaker: null,
            role: null,
            what: null,
            source: {
              articleId: 'art-2', paragraph: 0, start: 0, end: 62,
              title: 'Price cap review set for May', publication: 'Westminster Wire',
              published: '2026-03-02', url: 'https://wire.example.org/cap-review?id=7&src=feed',
            },
          },
          {
            id: 'itm-n1',
            kind: 'note',
            text: 'Worth raising with the minister before Thursday.',
            note: '',
            speaker: null,
            role: null,
            what: null,
            source: null,
          },
        ],
      },
    ],
  };
}

const KINDS: ItemKind[] = ['quote', 'figure', 'excerpt', 'note'];

/** A long briefing: `itemCount` items spread over sections of 25, every kind, every item with a source. */
export function largeBriefing(itemCount: number): Briefing {
  const base = sampleBriefing();
  const sections: Briefing['sections'] = [];
  for (let i = 0; i < itemCount; i += 1) {
    const sectionIndex = Math.floor(i / 25);
    if (!sections[sectionIndex]) {
      sections[sectionIndex] = {
        id: `sec-${sectionIndex}`,
        title: `Topic ${sectionIndex + 1}`,
        summary: `What happened on topic ${sectionIndex + 1} overnight, in two sentences. Analysts read this first.`,
        items: [],
      };
    }
    const kind = KINDS[i % KINDS.length];
    const item: Item = {
      id: `itm-${i}`,
      kind,
      text: kind === 'figure'
        ? `${(i * 1.7).toFixed(1)}%`
        : `Item ${i + 1}: the ministry said on Tuesday that the programme would be reviewed, with a decision expected before the summer recess and funding held at current levels.`,
      note: kind === 'note' ? '' : '',
      speaker: kind === 'quote' ? `Speaker ${i}` : null,
      role: kind === 'quote' ? 'spokesperson' : null,
      what: kind === 'figure' ? `change in measure ${i}` : null,
      source: kind === 'note' ? null : {
        articleId: `art-${i % 40}`, paragraph: i % 12, start: 0, end: 40,
        title: `Headline number ${i % 40}`, publication: 'The Daily Ledger',
        published: '2026-03-03', url: `https://ledger.example.com/story/${i % 40}`,
      },
    };
    sections[sectionIndex].items.push(item);
  }
  return { ...base, id: 'brf-large', title: `Briefing with ${itemCount} items`, sections };
}
