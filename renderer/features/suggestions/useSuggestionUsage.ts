import { useCallback, useEffect, useMemo } from 'react';
import { useApp } from '../../app/useApp';
import type { Suggestion, Usage } from './suggestions';
import { passagesIn, usageOf } from './suggestions';

/**
 * Whether each suggestion of an article is already used: in this briefing (its items' sources) or in
 * an earlier one (the core's `getUsage`, asked again when the article or the briefing changes).
 */
export function useSuggestionUsage(articleId: string): (suggestion: Suggestion) => Usage {
  const briefing = useApp((s) => s.briefing);
  const earlierPassages = useApp((s) => s.earlierPassages);
  const loadEarlierUsage = useApp((s) => s.loadEarlierUsage);
  const briefingId = briefing?.id ?? null;

  useEffect(() => {
    if (briefingId) void loadEarlierUsage();
  }, [briefingId, articleId, loadEarlierUsage]);

  const here = useMemo(() => passagesIn(briefing), [briefing]);
  const earlier = useMemo(
    () => new Set(earlierPassages && earlierPassages.briefingId === briefingId ? earlierPassages.keys : []),
    [earlierPassages, briefingId],
  );
  return useCallback((suggestion: Suggestion) => usageOf(articleId, suggestion, here, earlier), [articleId, here, earlier]);
}
