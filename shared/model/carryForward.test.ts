import { describe, expect, it } from 'vitest';
import { briefingFromPrevious, retitleForDate } from './carryForward';
import { newBriefing, newItem, newSection } from './newBriefing';

describe('retitleForDate', () => {
  it('puts the new date where the old one was, in the same style', () => {
    expect(retitleForDate('Briefing 2026-11-24', '2026-11-24', '2026-11-25')).toBe('Briefing 2026-11-25');
    expect(retitleForDate('Morning brief — 24 November 2026', '2026-11-24', '2026-11-25')).toBe('Morning brief — 25 November 2026');
    expect(retitleForDate('Energy desk, Tuesday 24 November 2026', '2026-11-24', '2026-11-25')).toBe('Energy desk, Wednesday 25 November 2026');
    expect(retitleForDate('Daily: November 30, 2026', '2026-11-30', '2026-12-01')).toBe('Daily: December 1, 2026');
    expect(retitleForDate('Digest 24/11/2026', '2026-11-24', '2026-11-25')).toBe('Digest 25/11/2026');
    expect(retitleForDate('Tuesday round-up', '2026-11-24', '2026-11-25')).toBe('Wednesday round-up');
  });

  it('keeps a title that names no date', () => {
    expect(retitleForDate('Ports watch', '2026-11-24', '2026-11-25')).toBe('Ports watch');
    expect(retitleForDate('Top 24 stories', '2026-11-24', '2026-11-25')).toBe('Top 24 stories');
  });
});

describe('briefingFromPrevious', () => {
  it('keeps the sections, empties them and their summaries, and carries only the chosen items', () => {
    const previous = newBriefing({ title: 'Brief 2026-11-24', date: '2026-11-24' });
    const keep = newItem({ kind: 'note', text: 'Vote due Friday', source: null });
    const drop = newItem({ kind: 'note', text: 'Old news', source: null });
    previous.sections = [{ ...newSection('Markets'), summary: 'Yesterday', items: [keep, drop] }, newSection('Politics')];
    const next = briefingFromPrevious(previous, { date: '2026-11-25', now: new Date('2026-11-25T07:00:00Z'), carryItemIds: [keep.id] });
    expect(next.id).not.toBe(previous.id);
    expect(next.title).toBe('Brief 2026-11-25');
    expect(next.date).toBe('2026-11-25');
    expect(next.sections.map((s) => s.title)).toEqual(['Markets', 'Politics']);
    expect(next.sections[0].summary).toBe('');
    expect(next.sections[0].items.map((i) => i.text)).toEqual(['Vote due Friday']);
    expect(next.sections[0].items[0].id).not.toBe(keep.id);
    expect(next.sections[0].id).not.toBe(previous.sections[0].id);
    expect(briefingFromPrevious(previous, { date: '2026-11-25', now: new Date() }).sections[0].items).toEqual([]);
    expect(previous.sections[0].items).toHaveLength(2);
  });
});
