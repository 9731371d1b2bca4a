/**
 * Reporting verbs, attribution phrases and subject pronouns of the languages other than English that the
 * speaker analysis reads. Each language's table is in its own module; these are general facts of the
 * language (how news writing reports speech), not words taken from any page.
 */
import { fr } from './fr';
import { de } from './de';
import { es } from './es';
import { pt } from './pt';
import { it } from './it';

export interface LanguageTable {
  /** Reporting verbs and phrases in every form used, in either order around a quotation ("a déclaré", "selon"). */
  verbs: string[];
  /** Subject pronouns for a man and for a woman. */
  he: string[];
  she: string[];
}

const TABLES: Record<string, LanguageTable> = { fr, de, es, pt, it };

/** The table for an ISO 639-1 code ("fr", "de-CH"), or null for English and languages without one. */
export function languageTable(language: string | null | undefined): LanguageTable | null {
  if (!language) return null;
  return TABLES[language.toLowerCase().slice(0, 2)] ?? null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** A regular expression (flags giu) for the table's verbs, whole words only, longest first. */
export function verbRegExp(t: LanguageTable): RegExp {
  const alt = [...new Set(t.verbs)].sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'giu');
}

/** "he" or "she" for a subject pronoun of the table, else null. */
export function pronounGender(t: LanguageTable, word: string): 'he' | 'she' | null {
  const w = word.toLowerCase();
  if (t.he.includes(w)) return 'he';
  if (t.she.includes(w)) return 'she';
  return null;
}
