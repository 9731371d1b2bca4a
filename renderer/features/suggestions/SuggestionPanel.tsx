import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { plural } from '../../ui/format';
import type { Article } from '../../../shared/model/article';
import { useApp } from '../../app/useApp';
import { useTargetSection } from '../reader/useTargetSection';
import { routeAccepted } from '../templates/routeAccepted';
import { SuggestionEntry } from './SuggestionEntry';
import type { KindFilter, Suggestion, Usage } from './suggestions';
import { filterSuggestions, itemFromSuggestion, speakersOf } from './suggestions';

const KINDS: { value: KindFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'quote', label: 'Quotes' },
  { value: 'figure', label: 'Figures' },
];

/** Which suggestion is active, and which side asked: a click in the text focuses the list, and back. */
export type ActiveSuggestion = { key: string; from: 'text' | 'list' };

/**
 * The article's suggested quotes and figures beside the text: filter by kind and speaker, accept one
 * (click, or "a" on the focused entry) or all of a speaker's quotes into the Reader's chosen section.
 */
export function SuggestionPanel(props: {
  article: Article;
  suggestions: readonly Suggestion[];
  active: ActiveSuggestion | null;
  onActivate: (active: ActiveSuggestion) => void;
  usage: (suggestion: Suggestion) => Usage;
}) {
  const { article, suggestions, active, onActivate, usage } = props;
  const kindName = useId();
  const speakerId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [kind, setKind] = useState<KindFilter>('all');
  const [speaker, setSpeaker] = useState<string | null>(null);
  const { target, sections, byRules } = useTargetSection();
  const briefingSections = useApp((s) => s.briefing?.sections);
  const addItem = useApp((s) => s.addItem);
  const addItems = useApp((s) => s.addItems);
  const notify = useApp((s) => s.notify);
  const speakers = useMemo(() => speakersOf(suggestions), [suggestions]);
  const shown = useMemo(() => filterSuggestions(suggestions, { kind, speaker }), [suggestions, kind, speaker]);

  // A highlight clicked in the text: bring its entry into the list (clearing filters that hide it) and focus it.
  const handled = useRef<ActiveSuggestion | null>(null);
  useEffect(() => {
    if (active?.from !== 'text' || handled.current === active) return;
    if (!shown.some((s) => s.key === active.key)) {
      setKind('all');
      setSpeaker(null);
      return;
    }
    handled.current = active;
    const entry = listRef.current?.querySelector<HTMLElement>(`[data-key="${active.key}"]`);
    entry?.focus({ preventScroll: true });
    // The list scrolls on its own (beside or below the text), so bringing the entry into view leaves the text where it is.
    entry?.scrollIntoView?.({ block: 'nearest' });
  }, [active, shown]);

  const accept = (list: readonly Suggestion[]) => {
    const fresh = list.filter((s) => usage(s) !== 'here');
    if (fresh.length === 0) {
      notify('info', list.length === 1 ? 'That suggestion is already in this briefing.' : 'These quotes are already in this briefing.');
      return;
    }
    if (!target) {
      notify('info', 'Add a section to the briefing first.');
      return;
    }
    const items = fresh.map((s) => itemFromSuggestion(article, s));
    // Where the template's rules say, unless the analyst picked a section in the Reader.
    const groups = routeAccepted({ sections: briefingSections ?? [] }, items, article, target.id, byRules);
    for (const group of groups) {
      if (group.items.length === 1) addItem(group.sectionId, group.items[0]);
      else addItems(group.sectionId, group.items);
    }
    const what = items.length === 1 ? (items[0].kind === 'quote' ? 'a quote' : 'a figure') : plural(items.length, 'quote', 'quotes');
    const where = groups.length === 1 ? `“${sections.find((s) => s.id === groups[0].sectionId)?.label ?? target.label}”` : 'their sections by the template’s rules';
    notify('info', `Added ${what} to ${where}.`);
  };

  const quoteCount = suggestions.filter((s) => s.kind === 'quote').length;
  const figureCount = suggestions.length - quoteCount;
  const bySpeaker = speaker ? suggestions.filter((s) => s.kind === 'quote' && s.speaker === speaker) : [];

  return (
    <aside className="suggestions" aria-label="Suggestions">
      <h3 className="suggestions-title">Suggestions</h3>
      <p className="suggestions-count">
        {suggestions.length === 0 ? 'No quotes or figures found in this article.' : `${plural(quoteCount, 'quote', 'quotes')}, ${plural(figureCount, 'figure', 'figures')}`}
      </p>
      {suggestions.length > 0 ? (
        <div className="suggestions-filters">
          <fieldset className="segmented">
            <legend className="visually-hidden">Show</legend>
            {KINDS.map((option) => (
              <label key={option.value} className={kind === option.value ? 'is-checked' : undefined}>
                <input type="radio" name={kindName} value={option.value} checked={kind === option.value} onChange={() => setKind(option.value)} />
                {option.label}
              </label>
            ))}
          </fieldset>
          {speakers.length > 0 ? (
            <div className="field-inline">
              <label htmlFor={speakerId}>Speaker</label>
              <select id={speakerId} value={speaker ?? ''} onChange={(event) => setSpeaker(event.target.value || null)}>
                <option value="">All speakers</option>
                {speakers.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {speaker && bySpeaker.length > 0 ? (
            <button type="button" className="button button-small" onClick={() => accept(bySpeaker)}>
              Accept all quotes by {speaker}
            </button>
          ) : null}
        </div>
      ) : null}
      {suggestions.length > 0 ? (
        <>
          <p className="suggestions-hint">
            {target && byRules ? 'Accepting adds where the template’s rules say. Press A on an entry to accept it.' : target ? `Accepting adds to “${target.label}”. Press A on an entry to accept it.` : 'Add a section to the briefing to accept suggestions.'}
          </p>
          <ul className="suggestion-list" aria-label="Suggested quotes and figures" ref={listRef}>
            {shown.map((s) => (
              <SuggestionEntry
                key={s.key}
                article={article}
                suggestion={s}
                usage={usage(s)}
                active={active?.key === s.key}
                onAccept={(one) => accept([one])}
                onShow={(one) => {
                  if (active?.key !== one.key) onActivate({ key: one.key, from: 'list' });
                }}
              />
            ))}
          </ul>
          {shown.length === 0 ? <p className="suggestions-count">Nothing matches these filters.</p> : null}
        </>
      ) : null}
    </aside>
  );
}
