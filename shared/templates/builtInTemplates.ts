import type { RoutingRuleInput } from '../model/routingRule';
import type { Template, TemplateInput } from '../model/template';
import { TEMPLATE_SCHEMA_VERSION, TemplateSchema } from '../model/template';

const SHIPPED = '2026-11-01T00:00:00.000Z';

const keywords = (...words: string[]): RoutingRuleInput => ({ keywords: words });
const EVERYTHING_ELSE: RoutingRuleInput = {};

const POLITICS = keywords('government', 'minister*', 'president*', 'prime minister', 'parliament*', 'election*', 'vote*', 'party', 'opposition', 'coalition', 'talks', 'summit*', 'treaty', 'diplomat*', 'embass*', 'sanction*', 'ceasefire', 'negotiat*', 'foreign', 'Kremlin', 'White House', 'EU', 'NATO', 'UN');
const SECURITY = keywords('military', 'troops', 'army', 'armed forces', 'soldier*', 'attack*', 'strike*', 'drone*', 'missile*', 'shell*', 'artillery', 'front line', 'offensive', 'defence', 'defense', 'weapon*', 'war', 'police', 'security', 'terror*', 'cyber*');
const ECONOMY = keywords('econom*', 'inflation', 'market*', 'budget*', 'trade', 'tariff*', 'invest*', 'jobs', 'unemployment', 'growth', 'GDP', 'bank*', 'price*', 'energy', 'gas', 'oil', 'power', 'grid', 'export*', 'import*', 'debt', 'tax*', 'spending', 'contract*', 'pay', 'wage*', 'salar*', 'union*', 'workers', 'labour', 'industr*', 'shipping', 'cargo', 'port');
const HUMANITARIAN = keywords('humanitarian', 'refugee*', 'displaced', 'evacuat*', 'civilian*', 'casualt*', 'killed', 'injured', 'wounded', 'aid', 'shelter*', 'hospital*', 'food', 'water supply', 'homeless');

function template(fields: Omit<TemplateInput, 'schemaVersion' | 'createdAt' | 'updatedAt'>): Template {
  return TemplateSchema.parse({ schemaVersion: TEMPLATE_SCHEMA_VERSION, createdAt: SHIPPED, updatedAt: SHIPPED, ...fields });
}

/** The templates Briefwright ships with; read-only, and the starting point for the analyst's own (duplicate one). */
export const BUILT_IN_TEMPLATES: readonly Template[] = [
  template({
    id: 'builtin-daily-brief',
    name: 'Daily brief',
    description: 'The morning read: the day’s key developments by theme, with the quotes that matter. Short, no cover page.',
    titlePattern: 'Daily brief — {date:EEEE d MMMM yyyy}',
    sections: [
      { id: 'daily-key', title: 'Key developments', intro: 'The most important developments of the last 24 hours.', rules: [EVERYTHING_ELSE] },
      { id: 'daily-politics', title: 'Politics and diplomacy', rules: [POLITICS] },
      { id: 'daily-security', title: 'Security and defence', rules: [SECURITY] },
      { id: 'daily-economy', title: 'Economy and energy', rules: [ECONOMY] },
      { id: 'daily-quotes', title: 'In their own words', rules: [{ kinds: ['quote'] }] },
    ],
    exportOptions: { cover: false, contents: 'none', sourceStyle: 'footnotes', figuresAs: 'list', subject: 'Daily brief' },
  }),
  template({
    id: 'builtin-weekly-sitrep',
    name: 'Weekly situation report',
    description: 'The week in review: a summary, the situation by theme, key figures in a table and the outlook. Cover page and contents.',
    titlePattern: 'Weekly situation report: {date-6:d MMMM} – {date:d MMMM yyyy}',
    sections: [
      { id: 'weekly-summary', title: 'Summary', intro: 'The week in brief: what changed, and why it matters.' },
      { id: 'weekly-security', title: 'Security situation', rules: [SECURITY] },
      { id: 'weekly-politics', title: 'Political developments', rules: [POLITICS] },
      { id: 'weekly-humanitarian', title: 'Humanitarian situation', rules: [HUMANITARIAN] },
      { id: 'weekly-economy', title: 'Economic impact', rules: [ECONOMY] },
      { id: 'weekly-figures', title: 'Key figures', rules: [{ kinds: ['figure'] }] },
      { id: 'weekly-other', title: 'Other developments', rules: [EVERYTHING_ELSE] },
      { id: 'weekly-outlook', title: 'Outlook', intro: 'What to watch in the week ahead.' },
    ],
    exportOptions: { cover: true, contents: 'linked', sourceStyle: 'endnotes', figuresAs: 'table', subject: 'Weekly situation report' },
  }),
  template({
    id: 'builtin-media-digest',
    name: 'Media monitoring digest',
    description: 'What the media said: the quotes, the numbers and the rest of the coverage, with a closing list of sources.',
    titlePattern: 'Media monitoring digest — {date:d MMMM yyyy}',
    sections: [
      { id: 'digest-said', title: 'What they said', intro: 'Statements reported in the coverage, with who said them.', rules: [{ kinds: ['quote'] }] },
      { id: 'digest-numbers', title: 'By the numbers', rules: [{ kinds: ['figure'] }] },
      { id: 'digest-coverage', title: 'Other coverage', rules: [EVERYTHING_ELSE] },
    ],
    exportOptions: {
      cover: false,
      contents: 'linked',
      sourceStyle: 'list',
      figuresAs: 'table',
      subject: 'Media monitoring digest',
      colours: { headings: '385623', accent: '548235' },
    },
  }),
];

export function isBuiltInTemplateId(id: string): boolean {
  return BUILT_IN_TEMPLATES.some((t) => t.id === id);
}
