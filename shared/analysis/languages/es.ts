import type { LanguageTable } from './index';

/** Spanish: preterite and present of the common reporting verbs, and "según". */
export const es: LanguageTable = {
  verbs: [
    'dijo', 'dice', 'dijeron', 'afirmó', 'afirma', 'explicó', 'explica', 'según', 'señaló', 'señala', 'aseguró', 'asegura', 'declaró', 'declara',
    'añadió', 'añade', 'agregó', 'agrega', 'indicó', 'indica', 'subrayó', 'destacó', 'advirtió', 'sostuvo', 'sostiene', 'comentó', 'apuntó', 'precisó', 'manifestó',
  ],
  he: ['él'],
  she: ['ella'],
};
