import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article';
import { ARTICLE_SCHEMA_VERSION } from '../model/article';
import { newBriefing, newSection } from '../model/newBriefing';
import { MAX_ROUTING_PHRASES, RoutingRuleSchema } from '../model/routingRule';
import { BUILT_IN_TEMPLATES } from './builtInTemplates';
import { placeSuggestions } from './placeSuggestions';
import { parseTemplateFile, templateFileText } from './templateFile';

const daily = BUILT_IN_TEMPLATES[0];
const word = (n: number) => `w${n.toString(36)}`;

/** A template file whose sections hold `perRule` phrases in each of `rules` rules of `sections` sections. */
function bigTemplateText(sections: number, rules: number, perRule: number, phraseWords = 3): string {
  let n = 0;
  const phrase = () => Array.from({ length: phraseWords }, () => word(n++)).join(' ');
  const base = JSON.parse(templateFileText(daily));
  base.sections = Array.from({ length: sections }, (_, s) => ({
    id: `s${s}`,
    title: `Section ${s}`,
    rules: Array.from({ length: rules }, () => ({ keywords: Array.from({ length: perRule }, phrase) })),
  }));
  return JSON.stringify(base);
}

function article(paragraphs: string[]): Article {
  const quotes = paragraphs.map((p, i) => ({ paragraph: i, start: 0, end: p.length, text: p, speaker: 'Anna Berg', role: 'minister', confidence: 0.9 }));
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: 'a1',
    title: 'A long day',
    byline: null,
    publication: 'Ledger',
    published: null,
    url: null,
    language: 'en',
    paragraphs,
    source: { fileName: 'a.txt', format: 'txt' },
    origin: {},
    importedAt: '2026-03-14T08:00:00.000Z',
    quotes,
    figures: [],
  };
}

describe('what a template may hold for routing', () => {
  it('refuses a 3 MB template of routing phrases with a coded error that says why', () => {
    const text = bigTemplateText(100, 50, 40);
    expect(text.length).toBeGreaterThan(3_000_000);
    let caught: unknown;
    try {
      parseTemplateFile(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'too-large', message: expect.stringMatching(/routing|phrases/i) });
  });

  it(
    'places suggestions with a template at the cap, each phrase still matched as a whole word',
    () => {
      const perRule = 41;
      const rules = 12;
      const sections = Math.floor(MAX_ROUTING_PHRASES / perRule / rules);
      const template = parseTemplateFile(bigTemplateText(sections, rules, perRule));
      const phraseCount = template.sections.flatMap((s) => s.rules).reduce((n, r) => n + r.keywords.length, 0);
      expect(phraseCount).toBeLessThanOrEqual(MAX_ROUTING_PHRASES);
      expect(phraseCount).toBeGreaterThan(MAX_ROUTING_PHRASES * 0.9);
      const last = template.sections.at(-1)!;
      const lastPhrase = last.rules.at(-1)!.keywords.at(-1)!;
      const briefing = newBriefing({ date: '2026-03-15' });
      briefing.sections = [
        ...template.sections.map((s) => ({ ...newSection(s.title), rules: s.rules })),
        { ...newSection('Rest'), rules: [RoutingRuleSchema.parse({})] },
      ];
      // 2,000 paragraphs of filler with the last section's last phrase in one of them (as a plural).
      const paragraphs = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i} says nothing in particular about anything at all, twice over.`);
      paragraphs[1234] = `Here the ${lastPhrase}s appear at last.`;
      const placement = placeSuggestions(briefing, [article(paragraphs)]);
      expect(placement.placed).toBe(2000);
      const placedIn = placement.briefing.sections.findIndex((s) => s.items.some((item) => item.text.startsWith('Here the')));
      expect(placedIn).toBe(template.sections.length - 1);
      expect(placement.briefing.sections.at(-1)!.items).toHaveLength(1999);
    },
    120_000,
  );
});
