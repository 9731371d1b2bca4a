import type { Item } from '../../../shared/model/briefing';
import { useApp } from '../../app/useApp';
import { otherWordingsAt } from './crossCheck';
import { useArticleNames } from './SourcesDialog';

/** On a figure item of the briefing: other outlets that report the same figure differently. */
export function ItemCrossCheck(props: { item: Item }) {
  const report = useApp((s) => s.sourcesReport);
  const names = useArticleNames();
  const source = props.item.source;
  if (props.item.kind !== 'figure' || !source) return null;
  const others = otherWordingsAt(report, source);
  if (others.length === 0) return null;
  return (
    <p className="item-cross-check" role="note">
      Reported differently elsewhere: {others.map((m) => `“${m.text}” (${names(m.articleId).outlet})`).join('; ')}
    </p>
  );
}
