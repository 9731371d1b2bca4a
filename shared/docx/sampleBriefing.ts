import type { Briefing, Item, ItemKind } from '../model/briefing';
import { BRIEFING_SCHEMA_VERSION } from '../model/briefing';

const LEDGER = {
  articleId: 'art-1', title: 'Gas prices ease on storage news', publication: 'The Daily Ledger',
  published: '2026-03-03', url: 'https://ledger.example.com/gas-prices',
};
const WIRE = {
  articleId: 'art-2', title: 'Price cap review set for May', publication: 'Westminster Wire',
  published: '2026-03-02', url: 'https://wire.example.org/cap-review?id=7&src=feed',
};

function item(id: string, kind: ItemKind, text: string, fields: Partial<Item> = {}): Item {
  return { id, kind, text, note: '', speaker: null, role: null, what: null, source: null, ...fields };
}

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
          item('itm-q1', 'quote', 'We expect prices to stay volatile well into the spring.', {
            speaker: 'Jane Okafor', role: 'chief economist at Northgate',
            source: { ...LEDGER, paragraph: 2, start: 0, end: 55 },
          }),
          item('itm-f1', 'figure', '12%', {
            what: 'fall in wholesale gas prices since January', source: { ...LEDGER, paragraph: 4, start: 10, end: 13 },
          }),
        ],
      },
      {
        id: 'sec-policy',
        title: 'Policy',
        summary: '',
        items: [
          item('itm-e1', 'excerpt', 'The regulator will publish its review of the price cap in May.', {
            source: { ...WIRE, paragraph: 0, start: 0, end: 62 },
          }),
          item('itm-n1', 'note', 'Worth raising with the minister before Thursday.'),
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
    const text = kind === 'figure'
      ? `${(i * 1.7).toFixed(1)}%`
      : `Item ${i + 1}: the ministry said on Tuesday that the programme would be reviewed, with a decision expected before the summer recess and funding held at current levels.`;
    sections[sectionIndex].items.push(item(`itm-${i}`, kind, text, {
      speaker: kind === 'quote' ? `Speaker ${i}` : null,
      role: kind === 'quote' ? 'spokesperson' : null,
      what: kind === 'figure' ? `change in measure ${i}` : null,
      source: kind === 'note' ? null : {
        articleId: `art-${i % 40}`, paragraph: i % 12, start: 0, end: 40,
        title: `Headline number ${i % 40}`, publication: 'The Daily Ledger',
        published: '2026-03-03', url: `https://ledger.example.com/story/${i % 40}`,
      },
    }));
  }
  return { ...base, id: 'brf-large', title: `Briefing with ${itemCount} items`, sections };
}
