/** The limits and file lists every front door applies, kept in one place. */

/** The largest article file Briefwright imports at once (also the cap for a shared `.briefing` file). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** The largest shared `.briefing` file (a briefing with the articles it quotes). */
export const MAX_BUNDLE_BYTES = MAX_IMPORT_BYTES;
/** The largest web page fetched for import. */
export const MAX_FETCH_BYTES = 20 * 1024 * 1024;
/** The largest organisation's Word template (.docx/.dotx). */
export const MAX_WORD_TEMPLATE_BYTES = 20 * 1024 * 1024;

/** The article files Briefwright reads, by extension (no dot). */
export const ARTICLE_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'docx', 'pdf', 'eml', 'rtf', 'mht', 'mhtml', 'zip'] as const;
/** The extension of a shared briefing file. */
export const BRIEFING_FILE_EXTENSION = 'briefing';

/** A size in whole megabytes, as messages say it. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
