import type { LanguageTable } from './index';

/** German: present and past of the common reporting verbs, and the attributing "so", "laut", "zufolge". */
export const de: LanguageTable = {
  verbs: [
    'sagte', 'sagt', 'sagten', 'sagen', 'gesagt', 'erklärte', 'erklärt', 'erklärten', 'betonte', 'betont', 'betonten', 'meint', 'meinte', 'meinten',
    'so', 'laut', 'zufolge', 'sagte er', 'sagte sie', 'fügte hinzu', 'fügt hinzu', 'ergänzte', 'ergänzt', 'berichtete', 'berichtet', 'warnte', 'warnt',
    'unterstrich', 'räumte ein', 'versicherte', 'erläuterte', 'erläutert', 'antwortete', 'kritisierte', 'forderte',
  ],
  he: ['er'],
  she: ['sie'],
};
