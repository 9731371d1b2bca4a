/**
 * Figure suggestions: money with its currency and scale, percentages and ranges, counts with what they
 * count, rates and reported terms, each with a normalised value, a noun phrase of what it measures and
 * how sure that phrase is. The steps: find (figureMatch) → filter (figureFilters) → name (figureWhat).
 */
import type { FigureSuggestion } from '../model/article';
import { isProse, phoneSpans, rejected } from './figureFilters';
import { MONEY, normalise, numberStyle } from './figureMatch';
import type { Groups } from './figureMatch';
import { whatOf } from './figureWhat';
import type { FigureContext } from './figureWhat';
import { tag } from './nlp';

const isEnglish = (language: string | null | undefined) => !language || /^en\b/i.test(language);

export function suggestFigures(paragraphs: string[], language?: string | null): FigureSuggestion[] {
  const numbers = numberStyle(language);
  const english = isEnglish(language);
  const out: FigureSuggestion[] = [];
  paragraphs.forEach((text, paragraph) => {
    if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|dozen|hundred|thousand|million|billion|half|third|quarter)/i.test(text) || !isProse(text)) return;
    const phones = /\d[ -]?\d{3}/.test(text) ? phoneSpans(text) : [];
    let ctx: FigureContext | null = null;
    const { figure } = numbers;
    figure.lastIndex = 0;
    for (let m = figure.exec(text); m; m = figure.exec(text)) {
      const g = (m.groups ?? {}) as Groups;
      if (!g.amount && !g.word && !g.vague && !g.fraction) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      if (phones.some(([a, b]) => start < b && end > a)) continue;
      if (rejected(text, start, end, g)) continue;
      while (end > start && /\s/.test(text[end - 1])) end--;
      while (start < end && /\s/.test(text[start])) start++;
      const money = Boolean(g.amount && MONEY.test(g.amount));
      let what: string | null = null;
      let whatConfidence = 0;
      if (english) {
        ctx ??= { tagged: tag(text), text, previous: null };
        ({ what, confidence: whatConfidence } = whatOf(ctx, start, end, money));
        const sentence = ctx.tagged.tokens.find((t) => t.end > start)?.sentence ?? 0;
        if (what) ctx.previous = { what, sentence };
      }
      const { value, unit } = normalise(g, numbers);
      const percent = unit?.includes('%') ?? false;
      const confidence = money || percent ? 0.9 : g.unit || g.term || g.rate ? 0.8 : g.amount ? 0.7 : g.word ? 0.6 : 0.5;
      out.push({ text: text.slice(start, end), value, unit, what, whatConfidence, confidence, paragraph, start, end });
    }
  });
  return out;
}
