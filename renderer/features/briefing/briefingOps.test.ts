import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../shared/model/briefing';
import { newBriefing, newItem, newSection } from '../../../shared/model/newBriefing';
import { addItem, locateItem, moveItem, moveSection, removeSection, setSectionSummary, updateItem } from './briefingOps';

function sample(): Briefing {
  const briefing = newBriefing({ title: 'Brief', date: '2026-11-25' });
  const a = { ...newSection('A'), items: ['a1', 'a2', 'a3'].map((text) => newItem({ id: text, kind: 'excerpt', text, source: null })) };
  const b = { ...newSection('B'), items: ['b1'].map((text) => newItem({ id: text, kind: 'quote', text, source: null })) };
  return { ...briefing, sections: [a, b, newSection('C')] };
}

const texts = (briefing: Briefing) => briefing.sections.map((s) => s.items.map((i) => i.text));

describe('briefing edits', () => {
  it('moves a section and leaves the briefing untouched when it stays put', () => {
    const briefing = sample();
    const moved = moveSection(briefing, briefing.sections[2].id, 0);
    expect(moved.sections.map((s) => s.title)).toEqual(['C', 'A', 'B']);
    expect(moveSection(briefing, briefing.sections[0].id, 0)).toBe(briefing);
    expect(moveSection(briefing, briefing.sections[0].id, 99).sections.map((s) => s.title)).toEqual(['B', 'C', 'A']);
    expect(briefing.sections.map((s) => s.title)).toEqual(['A', 'B', 'C']);
  });

  it('moves an item within its section and into another', () => {
    const briefing = sample();
    const [a, b, c] = briefing.sections;
    expect(texts(moveItem(briefing, 'a1', a.id, 2))).toEqual([['a2', 'a3', 'a1'], ['b1'], []]);
    expect(texts(moveItem(briefing, 'a3', b.id, 0))).toEqual([['a1', 'a2'], ['a3', 'b1'], []]);
    expect(texts(moveItem(briefing, 'b1', c.id, 5))).toEqual([['a1', 'a2', 'a3'], [], ['b1']]);
    expect(moveItem(briefing, 'a2', a.id, 1)).toBe(briefing);
    expect(moveItem(briefing, 'nope', a.id, 0)).toBe(briefing);
  });

  it('inserts a new item at a position', () => {
    const briefing = sample();
    const item = newItem({ id: 'n', kind: 'note', text: 'n', source: null });
    expect(texts(addItem(briefing, briefing.sections[0].id, item, 1))[0]).toEqual(['a1', 'n', 'a2', 'a3']);
    expect(locateItem(addItem(briefing, briefing.sections[2].id, item), 'n')).toMatchObject({ sectionId: briefing.sections[2].id, index: 0 });
  });

  it('keeps a quote’s original words the first time its text changes', () => {
    const briefing = sample();
    const once = updateItem(briefing, 'b1', { text: 'b …' });
    expect(locateItem(once, 'b1')!.item).toMatchObject({ text: 'b …', originalText: 'b1' });
    const twice = updateItem(once, 'b1', { text: 'b' });
    expect(locateItem(twice, 'b1')!.item.originalText).toBe('b1');
    expect(locateItem(updateItem(briefing, 'a1', { text: 'x' }), 'a1')!.item.originalText).toBeUndefined();
    expect(updateItem(briefing, 'a1', { note: '' })).toBe(briefing);
  });

  it('writes a section summary and removes a section', () => {
    const briefing = sample();
    const id = briefing.sections[1].id;
    expect(setSectionSummary(briefing, id, 'Why it matters').sections[1].summary).toBe('Why it matters');
    expect(removeSection(briefing, id).sections.map((s) => s.title)).toEqual(['A', 'C']);
  });
});
