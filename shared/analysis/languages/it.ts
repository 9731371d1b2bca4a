import type { LanguageTable } from './index';

/** Italian: passato prossimo and present of the common reporting verbs, and "secondo". */
const participles = ['detto', 'dichiarato', 'spiegato', 'aggiunto', 'affermato', 'sottolineato', 'precisato', 'commentato', 'raccontato', 'ricordato', 'osservato', 'assicurato', 'spiegato'];
export const it: LanguageTable = {
  verbs: [
    ...participles.flatMap((p) => [`ha ${p}`, `hanno ${p}`]),
    'secondo', 'dice', 'dicono', 'spiega', 'aggiunge', 'afferma', 'dichiara', 'sottolinea', 'precisa', 'racconta', 'osserva', 'disse', 'spiegò', 'dichiarò',
  ],
  he: ['lui'],
  she: ['lei'],
};
