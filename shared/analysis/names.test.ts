import { describe, expect, it } from 'vitest';
import { NameBook, editDistance, findNameMentions, roleAfter, roleBefore } from './names';

function book(paragraphs: string[]): NameBook {
  const b = new NameBook();
  for (const p of paragraphs) for (const m of findNameMentions(p, [0])) b.add(m, p);
  b.settle();
  return b;
}

describe('findNameMentions', () => {
  it('separates titles from names and drops sentence-opening words', () => {
    const ms = findNameMentions('But President Barack Obama met Mr Healey and Prime Minister Keir Starmer.', [0]);
    expect(ms.map((m) => [m.title, m.name])).toEqual([
      ['President', 'Barack Obama'],
      ['Mr', 'Healey'],
      ['Prime Minister', 'Keir Starmer'],
    ]);
  });

  it('treats the words before a title as its qualifier', () => {
    const ms = findNameMentions('Yesterday Russian President Vladimir Putin spoke.', [0]);
    expect(ms.map((m) => m.name)).toContain('Vladimir Putin');
  });

  it('keeps middle initials and particles, and marks possessives', () => {
    const ms = findNameMentions('Robert M. Danin praised Mayor Bill de Blasio’s plan.', [0]);
    expect(ms.map((m) => [m.name, m.possessive])).toEqual([
      ['Robert M. Danin', false],
      ['Bill de Blasio', true],
    ]);
  });

  it('does not run a name across a full stop', () => {
    const ms = findNameMentions('He co-owns the boat with Rolfe McCartney. Bassi fishes.', [0, 42]);
    expect(ms.map((m) => m.name)).not.toContain('Rolfe McCartney Bassi');
  });
});

describe('NameBook', () => {
  it('resolves a titled surname to the fullest name in the article', () => {
    const b = book(['UK defence secretary John Healey spoke first.', 'Mr Healey said more.']);
    expect(b.resolve('Healey')).toBe('John Healey');
    expect(b.isPerson('John Healey')).toBe(true);
  });

  it('resolves a misspelt surname by edit distance to a name already in the article', () => {
    const b = book(['Germany’s Boris Pistorius arrived.', 'Later Mr Pistorius left.']);
    expect(b.resolve('Pistorious')).toBe('Boris Pistorius');
  });

  it('does not stretch edit distance to unrelated short names', () => {
    const b = book(['Boris Pistorius arrived.']);
    expect(b.resolve('Morris')).toBe('Morris');
  });

  it('resolves a first name used alone', () => {
    const b = book(['Her mother, Fiona, spoke to the press.', 'Fiona Parry issued a plea.']);
    expect(b.resolve('Fiona')).toBe('Fiona Parry');
  });

  it('tells organisations from people', () => {
    const b = book(['A statement from the Food Standards Agency came first.', 'Mr Ruiz read it.']);
    expect(b.isPerson('Food Standards Agency')).toBe(false);
    expect(b.isPerson('Ruiz')).toBe(true);
  });
});

describe('roles', () => {
  it('reads a role written before a name', () => {
    expect(roleBefore('His intervention came as UK defence secretary ')).toBe('UK defence secretary');
    expect(roleBefore('The plan was backed by ')).toBeNull();
  });

  it('reads a role in apposition after a name', () => {
    expect(roleAfter(', a senior fellow at the Council on Foreign Relations. He')).toBe('a senior fellow at the Council on Foreign Relations');
    expect(roleAfter(', a former U.S. ambassador to Israel, said')).toBe('a former U.S. ambassador to Israel');
    expect(roleAfter(', skipper Wade Bassi has')).toBeNull();
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('pistorius', 'pistorious')).toBe(1);
    expect(editDistance('healey', 'healy')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});

describe('fullest name', () => {
  it('resolves a surname of two words and a titled surname to the fullest name in the article', () => {
    const b = book(['Linda Black Elk, a botanist, spoke first.', 'Black Elk said more.']);
    expect(b.resolve('Black Elk')).toBe('Linda Black Elk');
  });

  it('gives no name from outside the article', () => {
    const b = book(['President Obama spoke to the assembly.']);
    expect(b.resolve('Obama')).toBe('Obama');
  });
});
