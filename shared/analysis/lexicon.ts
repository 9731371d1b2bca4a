/**
 * Word classes the name and speaker steps need, taken from the lexicon of the `compromise` NLP library
 * (a maintained English lexicon: first names with their gender, honorifics, countries, regions, cities,
 * demonyms, organisation and place words, abbreviations, parts of speech). Only the lexicon is used, as
 * data: no parse runs during analysis, so a lookup costs a map access. A few general facts of English
 * news writing the lexicon lacks (public offices, party names) are written out here, each a closed class
 * of the language rather than words from any page.
 */
import nlp from 'compromise/two';

interface Model {
  one: { lexicon: Record<string, string | string[]>; abbreviations: Record<string, boolean> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}
const model = nlp.model() as unknown as Model;

const TAGS = new Map<string, Set<string>>();
for (const [word, tag] of Object.entries(model.one.lexicon)) TAGS.set(word, new Set(Array.isArray(tag) ? tag : [tag]));

/** The lexicon's tags for a word or phrase (lower-cased, full stops and possessive dropped). */
const seen = new Map<string, Set<string> | undefined>();
export function tagsOf(word: string): Set<string> | undefined {
  if (seen.has(word)) return seen.get(word);
  const key = word.toLowerCase().replace(/[’']s$/, '').replace(/\.$/, '');
  const tags = TAGS.get(key) ?? TAGS.get(key.replace(/\./g, ''));
  if (seen.size > 50000) seen.clear();
  seen.set(word, tags);
  return tags;
}
const has = (word: string, ...tags: string[]): boolean => {
  const t = tagsOf(word);
  return Boolean(t && tags.some((x) => t.has(x)));
};

/** Gender of a first name: 'f', 'm', '?' for a first name of either, null when it is not one. */
export function firstNameGender(word: string): 'f' | 'm' | '?' | null {
  const t = tagsOf(word);
  if (!t) return null;
  if (t.has('FemaleName')) return 'f';
  if (t.has('MaleName')) return 'm';
  if (t.has('FirstName')) return '?';
  return null;
}

/** Honorifics and ranks that stand before a name ("Mr", "Sen", "Lt", "Director General"). */
export const isHonorific = (word: string): boolean => has(word, 'Honorific');

/** Countries, regions (states, provinces, counties), cities and other places the lexicon knows. */
export const isPlaceName = (phrase: string): boolean => has(phrase, 'Country', 'Region', 'City', 'Place') && !has(phrase, 'FemaleName', 'MaleName', 'FirstName');

/** Nationalities and other demonyms ("Israeli", "Californian"). */
export const isDemonym = (word: string): boolean => has(word, 'Demonym') || /^(?:british|english|scottish|welsh|irish|european|african|asian)$/i.test(word);

/** Words that make a capitalised phrase an organisation ("Ministry", "Holdings", "University"). */
export const isOrgWord = (word: string): boolean => {
  const w = word.toLowerCase().replace(/\.$/, '');
  return Boolean(model.two.orgWords[w]) || has(w, 'Organization');
};

/** Organisation words that head a name with "of" ("Ministry of Defence", "Bank of England"); not whole names ("Facebook"). */
export const isOrgNoun = (word: string): boolean => Boolean(model.two.orgWords[word.toLowerCase().replace(/\.$/, '')]);

/** Words that make a capitalised phrase a place ("River", "County", "Basin", "Street"). */
export const isPlaceWord = (word: string): boolean => Boolean(model.two.placeWords[word.toLowerCase()]) || /^(?:sea|seas|ocean|oceans)$/i.test(word);

/** An adjective and nothing else in the lexicon ("Arab", "Eastern"): a capitalised one describes, it does not name. */
export const isPlainAdjective = (word: string): boolean => {
  const t = tagsOf(word);
  return Boolean(t && t.has('Adjective') && !t.has('FemaleName') && !t.has('MaleName') && !t.has('FirstName') && !t.has('LastName'));
};

/** Names of organisations the lexicon knows as a whole ("NATO", "Associated Press"). */
export const isKnownOrganisation = (phrase: string): boolean => has(phrase, 'Organization', 'SportsTeam');

/** Abbreviations that end in a full stop without ending a sentence ("Gen.", "Jan.", "approx."). */
export const isAbbreviation = (word: string): boolean => Boolean(model.one.abbreviations[word.toLowerCase()]);

/**
 * Words of grammar and common words (prepositions, determiners, conjunctions, pronouns, adverbs, verbs,
 * adjectives, common nouns), which begin sentences and headings without being part of a name. A word that is
 * also a first name ("Will", "Mark") or a place does not count.
 */
export function isCommonWord(word: string): boolean {
  const t = tagsOf(word) ?? (/[^s]s$/i.test(word) ? tagsOf(word.slice(0, -1)) : undefined); // plurals: "Foods"

  if (!t) return /^\p{L}+ly$/u.test(word) && word.length > 4; // adverbs: "Thankfully", "Currently"
  if (t.has('FemaleName') || t.has('MaleName') || t.has('FirstName') || t.has('LastName') || t.has('Country') || t.has('Region') || t.has('City')) return false;
  return ['Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Modal', 'Copula', 'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Adjective', 'Singular', 'Plural', 'Noun', 'Uncountable', 'Expression', 'Negative', 'Month', 'WeekDay', 'Date', 'Cardinal', 'Ordinal', 'TextValue', 'Possessive', 'Reflexive'].some((x) => t.has(x));
}

/** Words of grammar only (never the start of a name wherever they stand). */
export function isFunctionWord(word: string): boolean {
  const t = tagsOf(word);
  if (!t || t.has('FemaleName') || t.has('MaleName') || t.has('FirstName')) return false;
  return ['Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'QuestionWord', 'Modal', 'Copula', 'Negative', 'Possessive', 'Reflexive', 'Cardinal', 'TextValue'].some((x) => t.has(x));
}

/** Month and weekday names. */
export const isCalendarWord = (word: string): boolean => has(word, 'Month', 'WeekDay') || /^(?:may|march|sept)$/i.test(word);

/**
 * Public offices and jobs that news writing puts before or after a name. The lexicon's "Actor" nouns (people
 * by what they do) plus the offices it leaves out; a closed class of the language, not words from a page.
 */
const OFFICES =
  'spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople official officials chief expert experts fellow founder ' +
  'co-founder chair chairman chairwoman chairperson head leader governor senator congressman congresswoman ambassador envoy adviser ' +
  'advisor strategist correspondent member mp mep msp candidate coach judge justice prosecutor campaigner owner engineer ' +
  'student resident executive principal dean lecturer king queen premier general representative negotiator steward volunteer ' +
  'treasurer auditor investor organiser organizer broadcaster presenter novelist lawmaker legislator councillor councilman ' +
  'councilwoman commissioner superintendent inspector officer sheriff marshal attorney solicitor barrister magistrate ' +
  'diplomat consul minister secretary president vice-president chancellor mayor deputy director manager partner analyst ' +
  'economist researcher scientist professor editor reporter';
const OFFICE_SET = new Set(OFFICES.split(/\s+/));

/** A noun that names a person by what they do or are ("minister", "economist", "mother"). */
export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  return OFFICE_SET.has(w) || has(w, 'Actor');
}

/** Political parties and their members: general facts of English-language news ("an Iowa Republican"). */
export const isPartyWord = (word: string): boolean =>
  /^(?:republicans?|democrats?|democratic|gop|labour|conservatives?|tory|tories|liberals?|lib|dem|dems|greens?|independent|socialists?|nationalists?|unionists?|libertarians?)$/i.test(word);
