/**
 * Titles that stand before a name ("Mr", "Sen.", "President", "Prime Minister", "Det Insp"): which words
 * are titles, and the gender a title states. Honorific abbreviations come from the lexicon; full-word titles
 * of office and the gendered forms of address are a closed class of English, written out here.
 */
import { isHonorific } from './lexicon';

export type Gender = 'm' | 'f' | null;

/** Forms of address and titles that state a gender. */
const GENDERED: Record<string, Gender> = {
  mr: 'm', mister: 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', pope: 'm', baron: 'm', father: 'm', chairman: 'm', congressman: 'm', brother: 'm',
  // forms of address of French, German, Spanish, Portuguese and Italian
  monsieur: 'm', herr: 'm', señor: 'm', senhor: 'm', signor: 'm', signore: 'm',
  madame: 'f', mme: 'f', mlle: 'f', frau: 'f', señora: 'f', sra: 'f', senhora: 'f', signora: 'f',
  mrs: 'f', ms: 'f', miss: 'f', dame: 'f', lady: 'f', queen: 'f', princess: 'f', baroness: 'f', sister: 'f', chairwoman: 'f', congresswoman: 'f',
};
/** Titles of office and rank written in full before a name. */
const OFFICE_TITLES = new Set(
  (
    'dr doctor prof professor senator representative governor general colonel captain lieutenant sergeant major corporal private ' +
    'admiral commander detective inspector insp superintendent constable officer sheriff marshal chief president chancellor judge ' +
    'justice mayor secretary minister commissioner ambassador archbishop bishop cardinal pastor reverend rabbi imam coach premier ' +
    'cllr councillor councilman councilwoman chair chairperson ceo mp mep msp deputy vice prime attorney speaker leader director ' +
    'assemblyman assemblywoman delegate alderman vp evp svp cfo coo cto cio sen rep gov gen col capt lt sgt det supt rev hon adm maj cpl pvt atty cmdr brig'
  ).split(/\s+/),
);
/** Words that are part of a title only before another title word ("Prime Minister", "Vice President", "Foreign Secretary"). */
const PREFIX_ONLY = new Set('prime vice deputy chief foreign defence defense home health finance interior justice education trade attorney acting former assistant asst'.split(' '));

const key = (w: string): string => w.toLowerCase().replace(/\.$/, '');

/** Is this word a title (or the first word of a title) that can stand before a name? */
export const isTitleWord = (w: string): boolean => {
  const k = key(w);
  return k in GENDERED || OFFICE_TITLES.has(k) || PREFIX_ONLY.has(k) || isHonorific(k);
};
/** A word that is a title only before another title word. */
export const isTitlePrefix = (w: string): boolean => PREFIX_ONLY.has(key(w));
/** A title that is one on its own (not only as a prefix). */
export const isRealTitle = (w: string): boolean => isTitleWord(w) && !isTitlePrefix(w);
/** The gender a title states, if any. */
export const titleGender = (title: string): Gender => GENDERED[key(title.split(' ')[0])] ?? null;
/** Forms of address that say nothing of what a person does ("Mr", "Dr", "Sir"). */
export const isPlainAddress = (title: string): boolean => /^(?:mr|mrs|ms|miss|mister|dr|sir|dame|lord|lady|prof)$/i.test(title);
