import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article';
import { ARTICLE_SCHEMA_VERSION } from '../model/article';
import type { RoutingRuleInput } from '../model/routingRule';
import { RoutingRuleSchema } from '../model/routingRule';
import { newBriefing, newItem, newSection } from '../model/newBriefing';
import { BUILT_IN_TEMPLATES } from './builtInTemplates';
import { placeSuggestions, sectionIdFor } from './placeSuggestions';
import type { RoutingCandidate } from './routing';
import { sectionIndexFor } from './routing';

const rules = (...list: RoutingRuleInput[]) => ({ rules: list.map((r) => RoutingRuleSchema.parse(r)) });
const quote = (text: string, more: Partial<RoutingCandidate> = {}): RoutingCandidate => ({ kind: 'quote', text, ...more });

describe('routing rules', () => {
  const sections = [
    rules({ kinds: ['quote'], speakers: ['Zelensky'] }),
    rules({ keywords: ['grain', 'port'] }),
    rules({ publications: ['Financial Times'] }),
    rules({ kinds: ['figure'] }),
    rules({}),
  ];

  it('sends an item to the first section whose rule matches, every filled-in part of the rule at once', () => {
    expect(sectionIndexFor(sections, quote('We will not give up the port.', { speaker: 'Volodymyr Zelensky' }))).toBe(0);
    // Said by someone else: the speaker part fails, the keyword section takes it.
    expect(sectionIndexFor(sections, quote('We will not give up the port.', { speaker: 'Olaf Scholz' }))).toBe(1);
    expect(sectionIndexFor(sections, quote('Markets are calm.', { publication: 'Financial Times' }))).toBe(2);
    expect(sectionIndexFor(sections, { kind: 'figure', text: '£18.2 billion' })).toBe(3);
  });

  it('sends what no rule takes to the catch-all section, and nowhere when there is none', () => {
    expect(sectionIndexFor(sections, quote('Nothing to see here.'))).toBe(4);
    expect(sectionIndexFor(sections.slice(0, 4), quote('Nothing to see here.'))).toBe(-1);
    expect(sectionIndexFor([{}, { rules: [] }], quote('No rules at all.'))).toBe(-1);
  });

  it('matches keywords as whole words, with plurals, any case, and a * for any ending', () => {
    const ports = [rules({ keywords: ['port'] })];
    expect(sectionIndexFor(ports, quote('Three PORTS reopened.'))).toBe(0);
    expect(sectionIndexFor(ports, quote("The port's new berths."))).toBe(0);
    expect(sectionIndexFor(ports, quote('Transport costs rose.'))).toBe(-1);
    expect(sectionIndexFor(ports, quote('A portfolio of bonds.'))).toBe(-1);
    const sanctions = [rules({ keywords: ['sanction*', 'interest rate'] })];
    expect(sectionIndexFor(sanctions, quote('New sanctioning powers.'))).toBe(0);
    expect(sectionIndexFor(sanctions, quote('The interest  rates held.'))).toBe(0);
    expect(sectionIndexFor(sanctions, quote('Rates of interest held.'))).toBe(-1);
  });

  it('looks for keywords in what a figure measures and in the headline, and for speakers in the role too', () => {
    const energy = [rules({ keywords: ['grid'] })];
    expect(sectionIndexFor(energy, { kind: 'figure', text: '4 GW', what: 'grid shortfall' })).toBe(0);
    expect(sectionIndexFor(energy, quote('We are ready.', { articleTitle: 'Grid operator warns of winter shortfall' }))).toBe(0);
    const ministers = [rules({ speakers: ['minister'] })];
    expect(sectionIndexFor(ministers, quote('No comment.', { speaker: 'Anna Berg', role: 'foreign minister' }))).toBe(0);
  });

  it('treats special characters in keywords as text', () => {
    const odd = [rules({ keywords: ['C++', '(draft)'] })];
    expect(sectionIndexFor(odd, quote('Written in C++ mostly.'))).toBe(0);
    expect(sectionIndexFor(odd, quote('a (draft) text'))).toBe(0);
    expect(sectionIndexFor(odd, quote('a draft text'))).toBe(-1);
  });
});

function article(id: string, fields: Partial<Article>): Article {
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id,
    title: 'Harbour authority approves expansion',
    byline: null,
    publication: 'Coastal Ledger',
    published: '2026-03-14',
    url: 'https://ledger.example/harbour',
    language: 'en',
    paragraphs: ['"We could not wait," said Daniel Okafor, the chair.', 'It will cost £18.2 billion and create 10,000 jobs.'],
    source: { fileName: `${id}.txt`, format: 'txt' },
    origin: {},
    importedAt: '2026-03-14T08:00:00.000Z',
    quotes: [{ paragraph: 0, start: 1, end: 20, text: 'We could not wait,', speaker: 'Daniel Okafor', role: 'the chair', confidence: 0.9 }],
    figures: [
      { paragraph: 1, start: 14, end: 27, text: '£18.2 billion', value: 18.2e9, unit: 'GBP', what: 'cost of the expansion', whatConfidence: 0.8, confidence: 0.9 },
      { paragraph: 1, start: 39, end: 45, text: '10,000', value: 10000, unit: null, what: 'jobs', whatConfidence: 0.8, confidence: 0.4 },
    ],
    ...fields,
  };
}

describe('placing suggestions', () => {
  it('places suggestions above the threshold into sections by the rules, with their provenance', () => {
    const briefing = newBriefing({ date: '2026-03-15' });
    briefing.sections = [
      { ...newSection('Quotes'), ...rules({ kinds: ['quote'] }) },
      { ...newSection('Figures'), ...rules({ kinds: ['figure'] }) },
    ];
    const { briefing: placed, placed: count, unplaced } = placeSuggestions(briefing, [article('a1', {})], { minConfidence: 0.5 });
    expect(count).toBe(2);
    expect(unplaced).toBe(0);
    expect(placed.sections[0].items).toMatchObject([
      {
        kind: 'quote',
        text: 'We could not wait,',
        speaker: 'Daniel Okafor',
        role: 'the chair',
        source: { articleId: 'a1', paragraph: 0, start: 1, end: 20, title: 'Harbour authority approves expansion', publication: 'Coastal Ledger', published: '2026-03-14', url: 'https://ledger.example/harbour' },
      },
    ]);
    expect(placed.sections[1].items).toMatchObject([{ kind: 'figure', text: '£18.2 billion', what: 'cost of the expansion', source: { articleId: 'a1', paragraph: 1, start: 14, end: 27 } }]);
    // The low-confidence jobs figure waits for the analyst; a lower threshold takes it too.
    expect(placeSuggestions(briefing, [article('a1', {})], { minConfidence: 0.3 }).placed).toBe(3);
    // The input briefing is unchanged.
    expect(briefing.sections.every((s) => s.items.length === 0)).toBe(true);
  });

  it('does not add a suggestion twice, and counts what no section takes', () => {
    const briefing = newBriefing({ date: '2026-03-15' });
    const existing = newItem({ kind: 'quote', text: 'We could not wait,', source: { articleId: 'a1', paragraph: 0, start: 1, end: 20, title: null, publication: null, published: null, url: null } });
    briefing.sections = [{ ...newSection('Quotes'), items: [existing], ...rules({ kinds: ['quote'] }) }];
    const result = placeSuggestions(briefing, [article('a1', {})], { minConfidence: 0.5 });
    expect(result.placed).toBe(0);
    expect(result.unplaced).toBe(1);
    expect(result.briefing.sections[0].items).toHaveLength(1);
  });

  it('says which section an accepted suggestion goes to, by the item and its article', () => {
    const briefing = newBriefing({ date: '2026-03-15' });
    briefing.sections = [{ ...newSection('Ports'), ...rules({ keywords: ['harbour'] }) }, newSection('Loose')];
    const item = newItem({ kind: 'quote', text: 'We could not wait,', source: null });
    expect(sectionIdFor(briefing, item, { title: 'Harbour authority approves expansion', publication: null })).toBe(briefing.sections[0].id);
    expect(sectionIdFor(briefing, item, { title: 'Something else', publication: null })).toBeNull();
  });

  it('routes with the built-in Daily brief as an analyst would expect', () => {
    const daily = BUILT_IN_TEMPLATES.find((t) => t.name === 'Daily brief')!;
    const title = (index: number) => daily.sections[index].title;
    const at = (c: RoutingCandidate) => title(sectionIndexFor(daily.sections, c));
    expect(at(quote('The ceasefire talks resume on Monday.', { speaker: 'Anna Berg', role: 'foreign minister' }))).toBe('Politics and diplomacy');
    expect(at({ kind: 'figure', text: '40 drones', what: 'drones shot down overnight' })).toBe('Security and defence');
    expect(at({ kind: 'figure', text: '3.2%', what: 'inflation in October' })).toBe('Economy and energy');
    expect(at(quote('It was a beautiful day.', { speaker: 'A resident' }))).toBe('In their own words');
    expect(at({ kind: 'figure', text: '12', what: 'new species found' })).toBe('Key developments');
  });
});
