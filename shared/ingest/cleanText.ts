/** One paragraph's text as the Reader shows it: single spaces, no invisible characters, trimmed. */
export function cleanParagraph(text: string): string {
  return text
    .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff\u0000-\u0008\u000e-\u001f\u007f]/g, '')
    .replace(/[\s\u00a0\u2028\u2029]+/g, ' ')
    .trim();
}

/** Clean every paragraph and drop the empty ones. */
export function cleanParagraphs(paragraphs: string[]): string[] {
  return paragraphs.map(cleanParagraph).filter((p) => p.length > 0);
}

/** The text the content hash is taken of: letters and digits in lower case, so formatting and quote styles do not matter. */
export function normalisedBody(paragraphs: string[]): string {
  return paragraphs
    .join('\n')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
