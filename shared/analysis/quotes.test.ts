import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const quotes = (...paragraphs: string[]) => analyse({ paragraphs }).quotes;
const who = (...paragraphs: string[]) => quotes(...paragraphs).map((q) => [q.text, q.speaker]);

describe('quote suggestions: what counts as a quote', () => {
  it('gives the words between the marks, with offsets into the paragraph', () => {
    const paragraphs = ['“The bridge will be rebuilt by the spring,” said Ms Amara Okafor.'];
    const [q] = analyse({ paragraphs }).quotes;
    expect(q.text).toBe('The bridge will be rebuilt by the spring');
    expect(paragraphs[q.paragraph].slice(q.start, q.end)).toBe(q.text);
  });

  it('gives one entry per paragraph for a quotation over several paragraphs, all with the same speaker', () => {
    const qs = quotes(
      'Housing minister Daniel Whitcombe said: “We will build on brownfield land first.',
      '“Then we will look at the green belt, but only with the consent of local councils.',
      '“Nobody will lose a park to this programme.”',
    );
    expect(qs.map((q) => q.paragraph)).toEqual([0, 1, 2]);
    expect(new Set(qs.map((q) => q.speaker))).toEqual(new Set(['Daniel Whitcombe']));
  });

  it('gives a quote broken by "she said" as two entries with one speaker', () => {
    expect(who('“The river has never been this low,” she said. “We are moving the boats out tonight.”', 'Harbour master Lena Fischer spoke at dawn.')).toEqual([
      ['The river has never been this low', null],
      ['We are moving the boats out tonight.', null],
    ]);
    expect(who('Harbour master Lena Fischer spoke at dawn.', '“The river has never been this low,” she said. “We are moving the boats out tonight.”')).toEqual([
      ['The river has never been this low', 'Lena Fischer'],
      ['We are moving the boats out tonight.', 'Lena Fischer'],
    ]);
  });

  it('takes a quotation introduced by a colon', () => {
    expect(who('Ms Okafor was blunt: “The budget does not add up and everybody in this room knows it.”', 'Amara Okafor chairs the committee.')).toEqual([
      ['The budget does not add up and everybody in this room knows it.', 'Amara Okafor'],
    ]);
  });

  it('leaves out scare quotes of fewer than four words', () => {
    expect(quotes('The so-called “smart” meters were a “success”, the report claimed.')).toEqual([]);
  });

  it('leaves out titles of works and names in Title Case', () => {
    expect(quotes('She starred in the film “The Long Night Of The Harbour” last year.', 'Fans queued for “Return Of The Lighthouse Keeper” all night.')).toEqual([]);
  });

  it('leaves out the names of groups and epithets used as nouns', () => {
    expect(quotes('Leaders of the so-called “coalition of the willing” met on Thursday.', 'Talks of the smaller “coalition of the willing” in Paris went on late.', 'Critics dubbed him “the butcher of the north” for years.')).toEqual([]);
  });

  it('leaves out imagined speech', () => {
    expect(quotes('He looked across the table as if to say “You really think you have beaten me?” and smiled.')).toEqual([]);
  });

  it('keeps a short quotation when someone is said to have said it, at low confidence', () => {
    const [q] = quotes('“Not yet,” Ms Okafor said.', 'Amara Okafor left.');
    expect(q.speaker).toBe('Amara Okafor');
    expect(q.confidence).toBeLessThan(0.7);
  });
});

describe('quote suggestions: who said it', () => {
  it('reads said-verbs in both orders and gives the fullest name', () => {
    expect(
      who(
        'Finance minister Amara Okafor opened the session.',
        '“We will not raise the tax this year,” said Ms Okafor.',
        '“We will look again in the autumn,” Ms Okafor said.',
      ).map((x) => x[1]),
    ).toEqual(['Amara Okafor', 'Amara Okafor']);
  });

  it('reads told, added, warned and according to', () => {
    const qs = who(
      '“The line will be closed for three weeks,” rail boss Daniel Whitcombe told reporters.',
      '“Passengers should plan other journeys now,” he added.',
      'Economist Lena Fischer warned that “the closure will cost shops in the town centre dearly”.',
      'According to Ms Fischer, “nobody has counted what the last closure cost.”',
    );
    expect(qs.map((x) => x[1])).toEqual(['Daniel Whitcombe', 'Daniel Whitcombe', 'Lena Fischer', 'Lena Fischer']);
  });

  it('reads "in a statement, he said:"', () => {
    expect(who('Tomás Herrera, the mayor, stayed away.', 'In a statement, he said: “The city will pay for the repairs in full.”')).toEqual([
      ['The city will pay for the repairs in full.', 'Tomás Herrera'],
    ]);
  });

  it('resolves a pronoun across sentences and paragraphs to the right person', () => {
    const qs = who(
      'Ms Amara Okafor met Mr Daniel Whitcombe on Monday. She chairs the committee.',
      'Mr Whitcombe arrived late.',
      '“The figures were wrong from the start,” she said.',
      '“I have asked for them to be checked,” he said.',
    );
    expect(qs.map((x) => x[1])).toEqual(['Amara Okafor', 'Daniel Whitcombe']);
  });

  it('resolves a misspelt name to the name already in the article', () => {
    expect(who('Defence minister Boris Pistorius arrived in Brussels.', '“The meeting is about schedules, not priorities,” Mr Pistorious said.').map((x) => x[1])).toEqual([
      'Boris Pistorius',
    ]);
  });

  it('gives a spokesperson’s words and a statement to the organisation', () => {
    const qs = who(
      '“We are reviewing every contract signed since the merger,” a spokeswoman for Harbour Rail said.',
      'The Food Standards Agency issued a warning on Friday.',
      '“Do not eat any product from the affected batches,” it said in a statement.',
    );
    expect(qs.map((x) => x[1])).toEqual(['Harbour Rail', 'Food Standards Agency']);
  });

  it('gives the role as the article gives it', () => {
    const qs = quotes(
      '“The ceasefire must hold,” said John Healey, the UK defence secretary.',
      '“We are not there yet,” said White House press secretary Josh Earnest.',
    );
    expect(qs.map((q) => [q.speaker, q.role])).toEqual([
      ['John Healey', 'the UK defence secretary'],
      ['Josh Earnest', 'White House press secretary'],
    ]);
  });

  it('gives a description to the first person the next sentence names', () => {
    const qs = who(
      'Peace “appears out of reach for the foreseeable future”, Germany’s defence minister has warned.',
      'Boris Pistorius spoke after the meeting.',
      '“Russia must understand that we will keep supporting Ukraine,” he said.',
    );
    expect(qs.map((x) => x[1])).toEqual(['Boris Pistorius', 'Boris Pistorius']);
  });

  it('carries the speaker into a paragraph that is only a quotation', () => {
    const qs = who('“The mine will close in March,” said union leader Tomás Herrera.', '“Three hundred families depend on it and nobody has a plan for them.”');
    expect(qs.map((x) => x[1])).toEqual(['Tomás Herrera', 'Tomás Herrera']);
  });

  it('names nobody for a quotation nobody is said to have said', () => {
    expect(who('Of course, there is nothing generic about a “fresh, sustainable wild-caught halibut fillet.”')).toEqual([
      ['fresh, sustainable wild-caught halibut fillet.', null],
    ]);
  });

  it('is more confident of a direct attribution than of a carried one', () => {
    const [direct, carried] = quotes('“The mine will close in March,” said union leader Tomás Herrera.', '“Three hundred families depend on it and nobody has a plan for them.”');
    expect(direct.confidence).toBeGreaterThan(carried.confidence);
    for (const q of [direct, carried]) expect(q.confidence).toBeGreaterThan(0), expect(q.confidence).toBeLessThanOrEqual(1);
  });
});

describe('quote suggestions: pronouns and gender', () => {
  it('gives "she said" to the woman even when a man was named last', () => {
    const qs = quotes('Sarah Collins, the head teacher, met Tom Baker from the council.', '“We were promised a new roof three years ago,” she said.');
    expect(qs.map((q) => q.speaker)).toEqual(['Sarah Collins']);
  });

  it('reads German quotation marks', () => {
    expect(quotes('„Wir schaffen das, und wir werden es zeigen“, sagte Angela Merkel.').map((q) => q.text)).toEqual(['Wir schaffen das, und wir werden es zeigen']);
  });

  it('gives "a spokesman for X" to X', () => {
    const qs = quotes('“The figures will be published next week,” a spokesman for the Treasury said.');
    expect(qs.map((q) => q.speaker)).toEqual(['Treasury']);
  });
});

describe('quote suggestions: organisations and roles in apposition', () => {
  it('gives a department spokesperson’s words to the department', () => {
    const qs = quotes('A Department for Transport spokesperson said: “We will respond to the report in due course.”');
    expect(qs.map((q) => q.speaker)).toEqual(['Department for Transport']);
  });

  it('reads a role written before the name with commas, and follows "she added" to that person', () => {
    const qs = quotes(
      '“This is a betrayal of every town,” said Cllr Shaun Davies, the association’s chair.',
      'Labour’s shadow communities secretary, Angela Rayner, told the paper the cut was “a scandal”. She added: “The government promised these towns the world.”',
    );
    expect(qs.map((q) => [q.speaker, q.role])).toEqual([
      ['Shaun Davies', 'the association’s chair'],
      ['Angela Rayner', 'Labour’s shadow communities secretary'],
      ['Angela Rayner', 'Labour’s shadow communities secretary'],
    ]);
  });
});

describe('quote suggestions: names the article gives', () => {
  it('follows "he said" after a quote from a person known by surname only, and adds no name from outside the article', () => {
    const qs = quotes('“We will not back down,” President Obama said on Monday.', '“The deal is good for both countries,” he said.');
    expect(qs.map((q) => q.speaker)).toEqual(['Obama', 'Obama']);
  });

  it('does not turn a surname into a famous person', () => {
    const qs = quotes('“The road will close for a week,” said Mr Harris, who runs the garage.');
    expect(qs.map((q) => q.speaker)).toEqual(['Harris']);
  });
});

describe('quote suggestions: a company story in American style', () => {
  const paragraphs = [
    'SAN FRANCISCO — Acme Robotics said Tuesday it would lay off 1,200 workers as demand slowed.',
    '“This was a difficult decision, but a necessary one,” Chief Executive Maria Lopez wrote in a memo to employees. “We grew too fast.”',
    'Analysts were not surprised. “Everyone in the sector is cutting,” said Raj Patel, an analyst at Morgan Stanley.',
    'An Acme spokesman, Tom Reilly, said the cuts would be completed by the end of March.',
    '“No further reductions are planned,” he said.',
    'Lopez, 47, told analysts last month that the company was “on track for profitability in the second half of next year.”',
  ];

  it('finds every speaker, with roles, and does not take the company for a person', () => {
    expect(analyse({ paragraphs }).quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Maria Lopez', 'Chief Executive'],
      ['Maria Lopez', 'Chief Executive'],
      ['Raj Patel', 'an analyst at Morgan Stanley'],
      ['Tom Reilly', 'Acme spokesman'],
      ['Maria Lopez', 'Chief Executive'],
    ]);
  });
});

describe('quote suggestions: nicknames', () => {
  it('leaves out a nickname given with its object', () => {
    expect(quotes('Fans have nicknamed the singer “the voice of the valleys” for years.')).toEqual([]);
  });
});

describe('quote suggestions: unnamed sources', () => {
  it('names nobody for "a senior official said", even when someone is quoted next', () => {
    const qs = quotes('“The talks are close to collapse,” a senior official said. “We remain hopeful of a deal this week,” said foreign minister Anna Berg.');
    expect(qs.map((q) => [q.speaker, q.role])).toEqual([
      [null, 'a senior official'],
      ['Anna Berg', 'foreign minister'],
    ]);
  });
});

describe('quote suggestions: several quotations in one sentence', () => {
  it('lends the speaker of the first to the second when nothing else is said', () => {
    const qs = quotes('Mayor Tomás Herrera said it was “deeply distressing” not to have made progress “even after years of promises from every government”.');
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['deeply distressing', 'Tomás Herrera'],
      ['even after years of promises from every government', 'Tomás Herrera'],
    ]);
  });

  it('does not give a verb that belongs to one quotation to another', () => {
    const qs = quotes('Peace “appears out of reach for the foreseeable future”, Germany’s defence minister has warned, as the Kremlin is accused of “dragging its feet on every proposal”.', 'Boris Pistorius spoke later. “We will keep going,” he said.');
    expect(qs.map((q) => q.speaker)).toEqual(['Boris Pistorius', null, 'Boris Pistorius']);
  });
});

describe('quote suggestions: descriptions resolved by role', () => {
  it('gives a description to the one person the article gives that role, even if someone else is quoted next', () => {
    const qs = quotes(
      'The plan is “dead in the water for this parliament”, the health secretary has admitted.',
      '“We were never consulted about any of it,” said union leader Tomás Herrera.',
      'Health secretary Anna Berg made the remarks in Leeds.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Anna Berg', 'Tomás Herrera']);
  });
});

describe('quote suggestions: roles from titles and long appositions', () => {
  it('reads a long role before the name, and a title when no role is written', () => {
    const qs = quotes(
      'Det Insp Mark Holroyd said: “This was a shocking incident in a busy part of the city.”',
      'The council’s executive member for communities, Cllr Mary Harland, said: “Leeds is a safe city and it will stay one.”',
    );
    expect(qs.map((q) => [q.speaker, q.role])).toEqual([
      ['Mark Holroyd', 'Det Insp'],
      ['Mary Harland', 'council’s executive member for communities'],
    ]);
  });
});

describe('quote suggestions: called', () => {
  it('keeps what someone called something, and leaves out what a thing is called', () => {
    const qs = quotes('Ms Okafor attacked what she called “a war on the people who keep this city running”.', 'Amara Okafor leads the group.', 'She founded a charity called “Hands Across The River Trust” in 2019.');
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['a war on the people who keep this city running', 'Amara Okafor']]);
  });
});

describe('quote suggestions: statements and put-it attributions', () => {
  it('gives "the statement read" to the organisation, and reads "that was how X put it"', () => {
    const qs = quotes(
      'The Harbour Authority issued a statement on Friday.',
      '“All ferries will run to the winter timetable from Monday,” the statement read.',
      '“The water was up to our knees within ten minutes” — that was how resident Paul Ames put it.',
    );
    expect(qs.map((q) => [q.speaker, q.role])).toEqual([
      ['Harbour Authority', null],
      ['Paul Ames', 'resident'],
    ]);
  });
});

describe('quote suggestions: who is never a speaker', () => {
  it('never gives a quote to a place, a state, a nationality or a party-and-state descriptor', () => {
    expect(quotes('“The border is closed,” Texas officials were told, according to a memo seen in Austin.').map((q) => q.speaker)).not.toContain('Texas');
    expect(quotes('“We will vote no,” said Sen. Ted Cruz (R-Texas).').map((q) => q.speaker)).toEqual(['Ted Cruz']);
    expect(quotes('“The deal is dead,” said a U.S. official.').map((q) => [q.speaker, q.role])).toEqual([[null, 'a U.S. official']]);
    expect(quotes('“Kaine in a landslide,” an Iowa Republican predicted.').map((q) => [q.speaker, q.role])).toEqual([[null, 'an Iowa Republican']]);
  });

  it('takes the title off the name and does not glue the first word of a sentence to it', () => {
    expect(quotes('“Rates will stay high,” Fed Chair Janet Yellen said.').map((q) => q.speaker)).toEqual(['Janet Yellen']);
    expect(quotes('Meanwhile Dana F. Smith, a former U.S. ambassador to Israel, said the talks were “going nowhere fast”.').map((q) => [q.speaker, q.role])).toEqual([
      ['Dana F. Smith', 'a former U.S. ambassador to Israel'],
    ]);
  });

  it('gives a person over an organisation when the sentence names both', () => {
    expect(quotes('Maria Okonjo, an economist at the University of Lagos, has warned that the plan could “push millions into poverty”.').map((q) => q.speaker)).toEqual(['Maria Okonjo']);
  });

  it('uses the person the sentence before introduces when the quote’s own sentence names nobody', () => {
    const qs = quotes('The minister, Helen Achebe, told reporters in Abuja:', '“We are not going to borrow our way out of this crisis.”');
    expect(qs.map((q) => q.speaker)).toEqual(['Helen Achebe']);
  });

  it('names nobody rather than guess when no one is named', () => {
    expect(quotes('“It was chaos from start to finish,” one witness recalled. Police later closed the road.').map((q) => q.speaker)).toEqual([null]);
  });
});

describe('quote suggestions: speaker confidence', () => {
  it('gives every quote a speaker confidence, sure for a full name beside "said", a question for a surname alone', () => {
    const qs = quotes('“We are ready,” said Amara Okafor, the finance minister.', '“We will see,” said Mr Bello, who declined to say more.');
    expect(qs.every((q) => typeof q.speakerConfidence === 'number')).toBe(true);
    expect(qs[0].speakerConfidence).toBeGreaterThanOrEqual(0.8);
    expect(qs[1].speaker).toBe('Bello');
    expect(qs[1].speakerConfidence).toBeLessThan(0.8);
  });
});
