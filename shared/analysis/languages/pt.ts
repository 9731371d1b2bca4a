import type { LanguageTable } from './index';

/** Portuguese: preterite and present of the common reporting verbs, "segundo" and "de acordo com". */
export const pt: LanguageTable = {
  verbs: [
    'disse', 'diz', 'disseram', 'afirmou', 'afirma', 'explicou', 'explica', 'segundo', 'de acordo com', 'declarou', 'declara', 'acrescentou',
    'acrescenta', 'garantiu', 'garante', 'salientou', 'sublinhou', 'destacou', 'referiu', 'indicou', 'adiantou', 'comentou', 'alertou',
  ],
  he: ['ele'],
  she: ['ela'],
};
