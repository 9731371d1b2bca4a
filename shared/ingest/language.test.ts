import { describe, expect, it } from 'vitest';
import { detectLanguage, primaryLanguage, settleLanguage } from './language';

const FRENCH = [
  'Les dirigeants européens, qui doivent se réunir jeudi en Roumanie, ont reçu des prévisions économiques peu encourageantes de la Commission.',
  'La croissance de la zone euro devrait ralentir cette année, selon le commissaire, qui a évoqué les tensions commerciales.',
];
const ENGLISH = ['The government announced on Tuesday that it would spend £300m rebuilding the areas hit by the floods, the minister said in a statement to parliament.'];

describe('the language of an article', () => {
  it('is read from the text in the languages analysts follow', () => {
    expect(detectLanguage(FRENCH)?.language).toBe('fr');
    expect(detectLanguage(['Die Bundesregierung hat am Mittwoch beschlossen, die Hilfen für die Landwirte zu erhöhen, sagte der Minister in Berlin.'])?.language).toBe('de');
    expect(detectLanguage(['政府は火曜日、洪水の被害を受けた地域の再建に3億円を充てると発表した。'])?.language).toBe('ja');
    expect(detectLanguage(['Правительство во вторник объявило, что выделит 300 миллионов рублей на восстановление.'])?.language).toBe('ru');
    expect(detectLanguage(['12 34 56'])).toBeNull();
  });

  it("keeps the page's own declaration unless the text clearly says otherwise", () => {
    expect(primaryLanguage('en-GB')).toBe('en');
    expect(primaryLanguage('not a tag!')).toBeNull();
    expect(settleLanguage('en-GB', ENGLISH)).toEqual({ language: 'en', detected: false });
    expect(settleLanguage('en', FRENCH)).toEqual({ language: 'fr', detected: true });
    expect(settleLanguage(null, FRENCH)).toEqual({ language: 'fr', detected: true });
    expect(settleLanguage('de', ['12 34'])).toEqual({ language: 'de', detected: false });
  });
});
