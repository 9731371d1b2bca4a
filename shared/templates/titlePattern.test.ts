import { describe, expect, it } from 'vitest';
import { checkTitlePattern, formatDate, patternFromTitle, renderTitle } from './titlePattern';

describe('title patterns', () => {
  it('writes the date into the title in the format the pattern asks for', () => {
    expect(renderTitle('Ukraine Daily — {date:d MMMM yyyy}', '2026-11-25')).toBe('Ukraine Daily — 25 November 2026');
    expect(renderTitle('Brief {date}', '2026-03-05')).toBe('Brief 5 March 2026');
    expect(renderTitle('{date:EEEE dd/MM/yy}', '2026-03-05')).toBe('Thursday 05/03/26');
    expect(renderTitle('{date:EEE d MMM}', '2026-03-05')).toBe('Thu 5 Mar');
    expect(renderTitle('No date at all', '2026-03-05')).toBe('No date at all');
  });

  it('shifts the date by whole days, across months and years', () => {
    expect(renderTitle('Week of {date-6:d MMMM} – {date:d MMMM yyyy}', '2026-03-04')).toBe('Week of 26 February – 4 March 2026');
    expect(renderTitle('{date+1:yyyy-MM-dd}', '2026-12-31')).toBe('2027-01-01');
  });

  it('numbers weeks as ISO 8601 does', () => {
    expect(formatDate('2026-01-01', 'w')).toBe('1');
    expect(formatDate('2026-12-31', 'ww')).toBe('53');
    expect(formatDate('2027-01-03', 'w')).toBe('53');
    expect(formatDate('2024-12-30', 'w')).toBe('1');
    expect(renderTitle('Sitrep week {date:ww}', '2026-11-25')).toBe('Sitrep week 48');
  });

  it('keeps doubled braces as literal braces', () => {
    expect(renderTitle('{{Draft}} {date:yyyy}', '2026-01-01')).toBe('{Draft} 2026');
  });

  it('refuses patterns it cannot fill, saying what to write instead', () => {
    expect(() => checkTitlePattern('Brief {today}')).toThrow(/\{today\}.*\{date:d MMMM yyyy\}/);
    expect(() => checkTitlePattern('Brief {date:d QQQ}')).toThrow(/"QQQ", which is not a date part/);
    expect(() => checkTitlePattern('Brief }')).toThrow(/closes nothing/);
    expect(() => checkTitlePattern('Brief {date')).toThrow(/does not know/);
    expect(() => checkTitlePattern('Brief {date-6:d MMM} {date}')).not.toThrow();
  });

  it('turns a dated title back into a pattern that gives the same title on that day and the right one tomorrow', () => {
    const pattern = patternFromTitle('Ukraine Daily — 25 November 2026', '2026-11-25');
    expect(pattern).toBe('Ukraine Daily — {date:d MMMM yyyy}');
    expect(renderTitle(pattern, '2026-11-26')).toBe('Ukraine Daily — 26 November 2026');
    const weekday = patternFromTitle('Morning note, Wednesday 25 November 2026', '2026-11-25');
    expect(renderTitle(weekday, '2026-11-26')).toBe('Morning note, Thursday 26 November 2026');
    expect(renderTitle(patternFromTitle('Sitrep 2026-11-25', '2026-11-25'), '2026-12-01')).toBe('Sitrep 2026-12-01');
  });

  it('leaves a title without its date alone, and does not take a date out of a longer number', () => {
    expect(patternFromTitle('Energy watch', '2026-11-25')).toBe('Energy watch');
    expect(patternFromTitle('Budget {draft}', '2026-11-25')).toBe('Budget {{draft}}');
    expect(patternFromTitle('Item 125 May', '2026-05-25')).toBe('Item 125 May');
  });
});
