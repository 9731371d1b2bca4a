import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/app/App';
import { createAppStore } from '../../renderer/app/store';
import type { Article } from '../../shared/model/article';
import type { Briefing } from '../../shared/model/briefing';
import { openTestCore } from './testCore';

/** For component tests: the whole App on the real core over a temporary library, with the downloads it asked for. */
export function renderApp(
  seed: { articles?: Article[]; briefings?: Briefing[] } = {},
  options: { saveDelayMs?: number; prepare?: (api: ReturnType<typeof openTestCore>) => void } = {},
) {
  const api = openTestCore(seed);
  options.prepare?.(api);
  const downloads: { fileName: string; bytes: Uint8Array }[] = [];
  const store = createAppStore({
    api,
    saveDelayMs: options.saveDelayMs ?? 30,
    download: (fileName, bytes) => downloads.push({ fileName, bytes }),
  });
  const user = userEvent.setup();
  const view = render(<App store={store} />);
  return { ...view, api, library: api.library, store, downloads, user };
}

/** A small article for tests, built the way the core would store it. */
export function testArticle(fields: Partial<Article> & { paragraphs: string[] }): Article {
  return {
    schemaVersion: 1,
    id: fields.id ?? `art_${Math.random().toString(16).slice(2)}`,
    title: 'A test article',
    byline: null,
    publication: null,
    published: null,
    url: null,
    language: 'en',
    source: { fileName: 'test.txt', format: 'txt' },
    origin: {},
    importedAt: '2026-11-25T08:00:00.000Z',
    quotes: [],
    figures: [],
    ...fields,
  };
}

/** The text node holding character `offset` of an element's text, and the offset inside it (highlight marks split the text). */
function textPoint(element: Element, offset: number): [Node, number] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (offset <= length) return [node, offset];
    offset -= length;
  }
  throw new Error('The element has no text at that offset.');
}

/** Selects characters [start, end) of the text inside one element, as a person dragging the mouse would. */
export function selectText(element: Element, start: number, end: number): void {
  const range = document.createRange();
  range.setStart(...textPoint(element, start));
  range.setEnd(...textPoint(element, end));
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
