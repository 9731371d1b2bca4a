/**
 * English reporting verbs: the verbs that introduce or follow reported speech in news writing, as grammars
 * of English list them (say, tell, add, warn, explain, insist…), with every inflection. A closed class of
 * the language, not words taken from any page.
 */

/** Regular reporting verbs, base forms. Their -s, -ed and -ing forms are made by the rules of spelling. */
const REGULAR =
  'add admit advise affirm agree allege announce answer argue ask assert assure boast caution claim comment complain concede ' +
  'conclude confirm contend continue counter cry declare demand deny describe emphasise emphasize exclaim explain ' +
  'insist instruct joke lament maintain mention mumble murmur muse mutter note observe plead pledge predict ' +
  'promise propose quip recall recount recommend reiterate remark reply report respond retort reveal ' +
  'scream shout sigh state stress suggest testify tweet post urge venture vow warn whisper wonder yell acknowledge ' +
  'concur hail praise welcome criticise criticize condemn call';
/** Irregular ones: base, past, and any further forms. */
const IRREGULAR: string[][] = [
  ['say', 'said', 'says', 'saying'],
  ['tell', 'told', 'tells', 'telling'],
  ['write', 'wrote', 'written', 'writes', 'writing'],
  ['read', 'reads', 'reading'],
  ['put it', 'puts it'],
  ['sum up', 'summed up', 'sums up'],
  ['call for', 'called for', 'calls for'],
  ['words'], // "in Dr Shadlen's words"
];

/** Base forms that are not also common nouns, so the bare form can stand as a verb ("experts warn"). */
const BARE_OK = new Set(
  ('say tell add ask warn insist explain argue admit suggest urge agree recall confirm deny reply concede acknowledge maintain predict ' +
    'assert allege announce affirm conclude contend declare describe emphasise emphasize exclaim instruct observe plead propose ' +
    'recount reiterate reveal testify acknowledge concur criticise criticize condemn respond complain').split(' '),
);

function inflect(base: string): string[] {
  const out = BARE_OK.has(base) ? [base] : [];
  // third person
  if (/[^aeiou]y$/.test(base)) out.push(base.slice(0, -1) + 'ies');
  else if (/(?:s|sh|ch|x|z)$/.test(base)) out.push(base + 'es');
  else out.push(base + 's');
  // past
  if (/e$/.test(base)) out.push(base + 'd');
  else if (/[^aeiou]y$/.test(base)) out.push(base.slice(0, -1) + 'ied');
  else if (/^(?:admit|quip|regret)$/.test(base)) out.push(base + base.slice(-1) + 'ed');
  else out.push(base + 'ed');
  // -ing
  if (/[^e]e$/.test(base)) out.push(base.slice(0, -1) + 'ing');
  else if (/^(?:admit|quip)$/.test(base)) out.push(base + base.slice(-1) + 'ing');
  else out.push(base + 'ing');
  return out;
}

const FORMS = new Set<string>();
for (const base of REGULAR.split(/\s+/)) for (const f of inflect(base)) FORMS.add(f);
for (const forms of IRREGULAR) for (const f of forms) FORMS.add(f);
FORMS.add('according to');

/** Every form, longest first, as a regular-expression alternation. */
export const SPEECH_VERB_PATTERN = [...FORMS].sort((a, b) => b.length - a.length).map((f) => f.replace(/ /g, '\\s+')).join('|');

/** Is this word (or two-word phrase) a form of a reporting verb? */
export const isSpeechVerb = (word: string): boolean => FORMS.has(word.toLowerCase().replace(/\s+/g, ' '));
