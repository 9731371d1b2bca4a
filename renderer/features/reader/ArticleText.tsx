import type { MouseEvent, ReactNode, RefObject } from 'react';
import { Fragment, useEffect, useMemo } from 'react';
import type { Article } from '../../../shared/model/article';
import type { FocusPassage } from '../../app/uiSlice';
import type { ActiveSuggestion } from '../suggestions/SuggestionPanel';
import type { Suggestion, Usage } from '../suggestions/suggestions';
import { itemFromSuggestion } from '../suggestions/suggestions';
import { useNewItemDraggable } from '../suggestions/useNewItemDraggable';
import type { Highlight, Run } from './highlightRuns';
import { highlightRuns } from './highlightRuns';

const FOCUS_KEY = 'focus';

const USED: Record<'here' | 'earlier', string> = { here: ' (in this briefing)', earlier: ' (used in an earlier briefing)' };

function markTitle(suggestion: Suggestion, usage: Usage): string {
  const used = usage ? USED[usage] : '';
  if (suggestion.kind === 'figure') return `${suggestion.what ? `Suggested figure: ${suggestion.what}` : 'Suggested figure'}${used}`;
  return `${suggestion.speaker ? `Suggested quote: ${suggestion.speaker}` : 'Suggested quote'}${used}`;
}

/**
 * A suggestion's highlight: a click makes it the active one (its list entry takes the focus); the active
 * highlight can then be dragged to a section. An inactive one lets a mouse selection start inside it.
 */
function SuggestionMark(props: { article: Article; suggestion: Suggestion; usage: Usage; active: boolean; part: number; children: ReactNode }) {
  const { article, suggestion, usage, active, part } = props;
  const item = useMemo(() => itemFromSuggestion(article, suggestion), [article, suggestion]);
  const drag = useNewItemDraggable(`highlight:${article.id}:${suggestion.key}:${part}`, item, { disabled: !active });
  // The pointer and touch activators only: the keyboard drags from the list's handles.
  const { onKeyDown: _keyboard, ...pointer } = (active ? drag.listeners : undefined) ?? {};
  const className = ['hl', `hl-${suggestion.kind}`, usage ? 'is-used' : '', active ? 'is-active' : '', drag.isDragging ? 'is-dragging' : ''].filter(Boolean).join(' ');
  return (
    <mark ref={drag.setNodeRef} className={className} data-suggestion={suggestion.key} title={markTitle(suggestion, usage)} {...pointer}>
      {props.children}
    </mark>
  );
}

type RunsProps = { article: Article; runs: Run[]; byKey: Map<string, Suggestion>; activeKey: string | null; usage: (s: Suggestion) => Usage };

function Runs(props: RunsProps) {
  const { article, runs, byKey, activeKey, usage } = props;
  return runs.map((run) => {
    if (run.type === 'text') return <Fragment key={`t${run.start}`}>{run.text}</Fragment>;
    const children = <Runs {...props} runs={run.children} />;
    const { key } = run.highlight;
    if (run.highlight.kind === 'focus') {
      return (
        <mark key={`${key}@${run.start}`} className="hl hl-focus" data-focus="" tabIndex={-1} title="The source of the item you jumped from">
          {children}
        </mark>
      );
    }
    const suggestion = byKey.get(key)!;
    return (
      <SuggestionMark key={`${key}@${run.start}`} article={article} suggestion={suggestion} usage={usage(suggestion)} active={key === activeKey} part={run.start}>
        {children}
      </SuggestionMark>
    );
  });
}

/**
 * The article's paragraphs as text, with the suggested quotes and figures marked (each kind its own
 * colour and outline) and the passage a "jump to source" asked for marked apart. Never HTML.
 */
export function ArticleText(props: {
  article: Article;
  suggestions: readonly Suggestion[];
  active: ActiveSuggestion | null;
  onActivate: (active: ActiveSuggestion) => void;
  focusPassage: FocusPassage | null;
  textRef: RefObject<HTMLDivElement | null>;
  usage: (suggestion: Suggestion) => Usage;
}) {
  const { article, suggestions, active, onActivate, focusPassage, textRef, usage } = props;
  const focus = focusPassage && focusPassage.articleId === article.id ? focusPassage : null;

  const byKey = useMemo(() => new Map(suggestions.map((s) => [s.key, s])), [suggestions]);
  const byParagraph = useMemo(() => {
    const lists = article.paragraphs.map((): Highlight[] => []);
    for (const s of suggestions) lists[s.paragraph]?.push({ key: s.key, kind: s.kind, start: s.start, end: s.end });
    if (focus) lists[focus.paragraph]?.push({ key: FOCUS_KEY, kind: 'focus', start: focus.start, end: focus.end });
    return lists;
  }, [article.paragraphs, suggestions, focus]);

  // The list asked for a suggestion: scroll the text to its highlight.
  useEffect(() => {
    if (active?.from !== 'list') return;
    textRef.current?.querySelector(`[data-suggestion="${active.key}"]`)?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [active, textRef]);

  // A jump to source: scroll the passage into view and put the focus on it.
  useEffect(() => {
    if (!focus) return;
    const mark = textRef.current?.querySelector<HTMLElement>('[data-focus]');
    mark?.scrollIntoView?.({ block: 'center' });
    mark?.focus({ preventScroll: true });
  }, [focus, textRef]);

  const onClick = (event: MouseEvent) => {
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;
    const key = (event.target as Element).closest('[data-suggestion]')?.getAttribute('data-suggestion');
    if (key) onActivate({ key, from: 'text' });
  };

  return (
    // Clicks on highlights are a shortcut; the suggestions list offers the same by keyboard.
    <div className="reader-text" ref={textRef} onClick={onClick}>
      {article.paragraphs.map((paragraph, index) => (
        <p key={index} data-paragraph={index}>
          <Runs article={article} runs={highlightRuns(paragraph, byParagraph[index] ?? [])} byKey={byKey} activeKey={active?.key ?? null} usage={usage} />
        </p>
      ))}
    </div>
  );
}
