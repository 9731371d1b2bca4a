import type { Article } from '../../../shared/model/article';
import type { Item } from '../../../shared/model/briefing';
import { provenanceOf } from '../../../shared/model/briefing';
import { newItem } from '../../../shared/model/newBriefing';

/** A passage the analyst selected: a character range inside one paragraph of the article. */
export type Passage = {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** The selection ran on into later paragraphs and was cut at the end of the first. */
  trimmed: boolean;
};

const PARAGRAPH_SELECTOR = 'p[data-paragraph]';

/** Characters of the element's text that come before (node, offset). */
function offsetWithin(element: Element, node: Node, offset: number): number {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The part of a range that falls inside one paragraph element, as character offsets into its text. */
function rangeInParagraph(range: Range, element: Element): { start: number; end: number } {
  const length = element.textContent?.length ?? 0;
  const start = element.contains(range.startContainer) ? offsetWithin(element, range.startContainer, range.startOffset) : 0;
  const end = element.contains(range.endContainer) ? offsetWithin(element, range.endContainer, range.endOffset) : length;
  return { start, end };
}

/**
 * Maps the DOM selection to a passage of the article shown in `container`, whose paragraphs are
 * `<p data-paragraph="i">` elements holding the text of `paragraphs[i]`. Answers null when nothing
 * of the article is selected. Leading and trailing spaces are left out of the range.
 */
export function passageFromSelection(selection: Selection | null, container: Element, paragraphs: readonly string[]): Passage | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const touched: { index: number; start: number; end: number }[] = [];
  for (const element of Array.from(container.querySelectorAll(PARAGRAPH_SELECTOR))) {
    if (!range.intersectsNode(element)) continue;
    const index = Number(element.getAttribute('data-paragraph'));
    if (!Number.isInteger(index) || index < 0 || index >= paragraphs.length) continue;
    const { start, end } = rangeInParagraph(range, element);
    if (end > start) touched.push({ index, start, end });
  }
  const first = touched[0];
  if (!first) return null;
  const source = paragraphs[first.index];
  let start = Math.min(first.start, source.length);
  let end = Math.min(first.end, source.length);
  while (start < end && /\s/.test(source[start])) start++;
  while (end > start && /\s/.test(source[end - 1])) end--;
  if (end <= start) return null;
  return { paragraph: first.index, start, end, text: source.slice(start, end), trimmed: touched.length > 1 };
}

const OPENING = '"“„«‘\'‚‹';
const CLOSING = '"”»’\'‹›“';

/** Whether a passage is wrapped in quotation marks (a trailing full stop or comma after the mark is allowed). */
export function isQuotation(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 3) return false;
  const body = trimmed.replace(/[.,;:]$/, '');
  return OPENING.includes(body[0]) && CLOSING.includes(body[body.length - 1]);
}

/** Where a span of the article comes from, as an item keeps it. */
export const sourceOf = provenanceOf;

/** The briefing item a passage becomes: a quote when wrapped in quote marks, else an excerpt; it keeps its source. */
export function itemFromPassage(article: Article, passage: Passage): Item {
  return newItem({ kind: isQuotation(passage.text) ? 'quote' : 'excerpt', text: passage.text, source: sourceOf(article, passage) });
}
