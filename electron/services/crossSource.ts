import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareArticles } from '../../shared/compare/compareArticles';
import type { Handlers } from '../../shared/ipc/contract';
import type { Article } from '../../shared/model/article';
import type { Briefing } from '../../shared/model/briefing';
import type { StoryLinks } from '../../shared/model/crossSource';
import { STORY_LINKS_SCHEMA_VERSION, StoryLinksSchema } from '../../shared/model/crossSource';
import { writeFileAtomic } from './atomicWrite';
import type { Library } from './library';

const DAY_MS = 86_400_000;
/** At most this many of the newest articles are read across, whatever the window. */
const MAX_ARTICLES = 2000;

const linksFile = (library: Library) => join(library.root, 'stories.json');

async function readLinks(library: Library): Promise<StoryLinks> {
  try {
    const parsed = StoryLinksSchema.safeParse(JSON.parse(await readFile(linksFile(library), 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // No corrections yet, or a file nobody can read: start from none rather than fail the comparison.
  }
  return { schemaVersion: STORY_LINKS_SCHEMA_VERSION, together: [], apart: [] };
}

const samePair = (p: [string, string], a: string, b: string) => (p[0] === a && p[1] === b) || (p[0] === b && p[1] === a);

/** The edition a briefing follows: the latest earlier briefing, from the same template where it has one. */
function previousEdition(briefings: Briefing[], current: Briefing | null): Briefing | null {
  const earlier = briefings
    .filter((b) => !current || (b.id !== current.id && b.date <= current.date))
    .sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt));
  const sameTemplate = current?.templateId ? earlier.filter((b) => b.templateId === current.templateId) : [];
  return sameTemplate[0] ?? earlier[0] ?? null;
}

const briefedArticles = (b: Briefing | null) => new Set((b?.sections ?? []).flatMap((s) => s.items.flatMap((i) => (i.source ? [i.source.articleId] : []))));

/** Reading across the library's recent articles: stories, figure conflicts, reworded quotes, who said what, what is new. */
export function crossSourceHandlers(library: Library): Pick<Handlers, 'compareSources' | 'linkArticles'> {
  return {
    async compareSources({ days, briefingId }) {
      const since = new Date(Date.now() - (days ?? 3) * DAY_MS).toISOString();
      const articles: Article[] = (await library.articles.all())
        .filter((a) => a.importedAt >= since)
        .sort((a, b) => b.importedAt.localeCompare(a.importedAt))
        .slice(0, MAX_ARTICLES);
      const links = await readLinks(library);
      const report = compareArticles(articles, links);
      const briefings = await library.briefings.all();
      const current = briefingId ? (briefings.find((b) => b.id === briefingId) ?? null) : null;
      const previous = previousEdition(briefings, current);
      const briefedBefore = briefedArticles(previous);
      const briefedNow = briefedArticles(current);
      const newArticleIds = articles.map((a) => a.id).filter((id) => !briefedBefore.has(id) && !briefedNow.has(id));
      const fresh = new Set(newArticleIds);
      const developingStoryIds = report.stories
        .filter((s) => s.articleIds.some((id) => briefedBefore.has(id)) && s.articleIds.some((id) => fresh.has(id)))
        .map((s) => s.id);
      return {
        ...report,
        newArticleIds,
        developingStoryIds,
        previousBriefing: previous ? { id: previous.id, title: previous.title, date: previous.date } : null,
      };
    },
    async linkArticles({ a, b, link }) {
      const links = await readLinks(library);
      const next: StoryLinks = {
        schemaVersion: STORY_LINKS_SCHEMA_VERSION,
        together: links.together.filter((p) => !samePair(p, a, b)),
        apart: links.apart.filter((p) => !samePair(p, a, b)),
      };
      if (link === 'together') next.together.push([a, b]);
      if (link === 'apart') next.apart.push([a, b]);
      await writeFileAtomic(linksFile(library), `${JSON.stringify(next, null, 1)}\n`);
      return { together: next.together.length, apart: next.apart.length };
    },
  };
}
