import type { Article } from '../../shared/model/article';
import type { Briefing, Item } from '../../shared/model/briefing';
import { newBriefing, newItem, newSection } from '../../shared/model/newBriefing';
import { openLibrary } from '../../electron/services/library';

/** An article as the core stores it, for seeding a library on disk. */
export function seedArticle(fields: Partial<Article> & { id: string; title: string; paragraphs: string[] }): Article {
  return {
    schemaVersion: 1,
    byline: null,
    publication: 'Coastal Ledger',
    published: '2026-11-24',
    url: null,
    language: 'en',
    source: { fileName: `${fields.id}.txt`, format: 'txt' },
    origin: {},
    importedAt: '2026-11-25T07:00:00.000Z',
    quotes: [],
    figures: [],
    ...fields,
  };
}

/** An item picked from paragraph `paragraph` of `article`, with its real offsets. */
export function pickedItem(article: Article, paragraph: number, text: string, kind: Item['kind'] = 'excerpt'): Item {
  const start = article.paragraphs[paragraph].indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in paragraph ${paragraph}.`);
  return newItem({
    kind,
    text,
    source: { articleId: article.id, paragraph, start, end: start + text.length, title: article.title, publication: article.publication, published: article.published, url: null },
  });
}

/** A briefing with the given sections of items. */
export function seedBriefing(title: string, date: string, sections: Record<string, Item[]>): Briefing {
  const briefing = newBriefing({ title, date, now: new Date(`${date}T08:00:00Z`) });
  briefing.sections = Object.entries(sections).map(([name, items]) => ({ ...newSection(name), items }));
  return briefing;
}

/** Writes articles and briefings into a library folder, as the app itself would. */
export async function writeLibrary(home: string, content: { articles?: Article[]; briefings?: Briefing[] }): Promise<void> {
  const library = openLibrary(home);
  for (const article of content.articles ?? []) await library.articles.write(article);
  for (const briefing of content.briefings ?? []) await library.briefings.write(briefing);
}
