import { describe, expect, it } from 'vitest';
import { boilerplateKind, publicationFromAppeals, removeBoilerplate } from './boilerplate';
import { cleanByline, siteFromTitle } from './metadata';
import { parseDate } from './parseDate';
import { choosePublication } from './publication';
import { withoutSiteSuffix } from './settleHtmlMetadata';

describe('dates as pages and papers write them', () => {
  it.each([
    ['2019-04-28T06:01:07-07:00', '2019-04-28'],
    ['2015-07-24T23:36:09+01:00', '2015-07-24'],
    ['April 28, 2019 at 6:01 am', '2019-04-28'],
    ['Feb. 23, 2015 --', '2015-02-23'],
    ['Published Thu 27 Jul 2017', '2017-07-27'],
    ['2/26/2015 7:11 AM PST', '2015-02-26'],
    ['Fri Mar 13 21:30:09 EST 2015', '2015-03-13'],
    ['Tue, 11 Mar 2025 07:30:00 +0000', '2025-03-11'],
    ['Sept. 4, 2016', '2016-09-04'],
    ['11.04.2025', '2025-04-11'],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it('refuses what is not a calendar date', () => {
    expect(parseDate('February 30, 2015')).toBeNull();
    expect(parseDate('4 hours ago')).toBeNull();
    expect(parseDate('Room 2015')).toBeNull();
  });
});

describe('bylines', () => {
  it.each([
    ['By Brenda  Goodman, MA\n   WebMD Health News', 'Brenda Goodman'],
    ['2/26/2015 7:11 AM PST BY TMZ STAFF', 'TMZ Staff'],
    ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['By JEFFREY GETTLEMAN', 'Jeffrey Gettleman'],
    ['by: Laurie Oakes', 'Laurie Oakes'],
    ['Sarah Gooding | Updated March 9', 'Sarah Gooding'],
  ])('%j → %s', (raw, name) => expect(cleanByline(raw)).toBe(name));
});

describe('publication clues', () => {
  it('reads the site from the page title, never a date', () => {
    expect(siteFromTitle('Ferry fares rise - Coast News', 'Ferry fares rise')).toBe('Coast News');
    expect(siteFromTitle("The 'birth lottery' and economic mobility - Feb. 1, 2016", "The 'birth lottery' and economic mobility")).toBeNull();
  });

  it('prefers the clue that fits the host name', () => {
    expect(choosePublication({ titleSuffix: 'Opinion', copyright: 'The Harbour Ledger', host: 'www.harbourledger.example' })?.name).toBe('The Harbour Ledger');
    expect(choosePublication({ titleSuffix: 'TMZ.com', copyright: 'EHM Productions', host: 'www.tmz.com' })?.name).toBe('TMZ');
  });

  it('cuts the site or the writer off a title, and nothing else', () => {
    expect(withoutSiteSuffix('Sea wall approved | The Harbour Ledger', ['The Harbour Ledger'], null)).toBe('Sea wall approved');
    expect(withoutSiteSuffix('Whale strandings worry tribes | Eleanor Ainge Roy', [null, 'Eleanor Ainge Roy'], null)).toBe('Whale strandings worry tribes');
    expect(withoutSiteSuffix('Left behind - the towns that lost their port', ['The Harbour Ledger'], 'harbourledger.example')).toBe('Left behind - the towns that lost their port');
  });

  it('names the publication an appeal speaks for', () => {
    const appeal = 'Your support helps us. The Coastal Herald is on the ground. Your donation keeps The Coastal Herald free of paywalls.';
    expect(boilerplateKind(appeal)).toBe('appeal');
    expect(publicationFromAppeals([appeal])).toBe('The Coastal Herald');
  });
});

describe('boilerplate', () => {
  it.each(['Read more', 'Share this article', 'Comments are closed.', 'Advertisement', 'Sign up for our daily newsletter', 'We use cookies to improve your experience. Accept all cookies'])('drops %j', (text) =>
    expect(boilerplateKind(text)).not.toBeNull(),
  );
  it.each([
    'The council said it would read more widely before deciding.',
    'Readers who signed the petition said the newsletter had misled them about the plan, according to the complaint filed on Monday by the residents.',
    '“Comments are closed on that matter,” the spokesman said, before leaving the room without taking any further questions.',
  ])('keeps story text: %j', (text) => expect(boilerplateKind(text)).toBeNull());
});

describe('appeals laid out over several paragraphs', () => {
  it('drops the short pieces around an appeal too', () => {
    const story = 'The minister said the talks would continue next week in Brussels.';
    const { kept } = removeBoilerplate([
      'Your support helps us to tell the story',
      'From climate to courts, The Coastal Herald is on the ground. Your donation keeps us there, free of paywalls, for everyone.',
      'Support now',
      story,
    ]);
    expect(kept).toEqual([story]);
  });
});
