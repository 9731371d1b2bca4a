import type { LanguageTable } from './index';

/** French: passé composé and present of the common reporting verbs, inverted forms, and "selon"/"d'après". */
const verbs = ['déclarer', 'dire', 'affirmer', 'expliquer', 'ajouter', 'souligner', 'estimer', 'indiquer', 'préciser', 'assurer', 'confier', 'répondre', 'insister', 'rappeler', 'reconnaître', 'avertir', 'lancer', 'raconter', 'conclure'];
const past: Record<string, string> = { dire: 'dit', répondre: 'répondu', avertir: 'averti', reconnaître: 'reconnu', conclure: 'conclu' };
const present: Record<string, string[]> = { dire: ['dit', 'disent'], reconnaître: ['reconnaît', 'reconnaissent'], conclure: ['conclut', 'concluent'], avertir: ['avertit', 'avertissent'], répondre: ['répond', 'répondent'] };

const forms: string[] = ['selon', "d'après", 'd’après'];
for (const v of verbs) {
  const stem = v.slice(0, -2);
  const pp = past[v] ?? stem + 'é';
  forms.push(`a ${pp}`, `ont ${pp}`, `avait ${pp}`, `a-t-il ${pp}`, `a-t-elle ${pp}`);
  const pres = present[v] ?? [stem + 'e', stem + 'ent'];
  for (const p of pres) forms.push(p, `${p}-t-il`, `${p}-t-elle`, `${p}-il`, `${p}-elle`);
  if (!present[v]) forms.push(stem + 'ait');
}

export const fr: LanguageTable = { verbs: forms, he: ['il'], she: ['elle'] };
