/** The part of `navigator.clipboard` copying needs; `write` is missing in some browsers and refused in some contexts. */
export type ClipboardLike = {
  write?: (items: ClipboardItem[]) => Promise<void>;
  writeText: (text: string) => Promise<void>;
};

/**
 * Puts the briefing on the clipboard as HTML and as plain text, so a mail program takes the formatted one and a
 * plain editor the text. Falls back to text alone; answers how it was copied, or 'failed'.
 */
export async function copyForEmail(copy: { html: string; text: string }, clipboard: ClipboardLike | undefined): Promise<'rich' | 'text' | 'failed'> {
  if (!clipboard) return 'failed';
  if (clipboard.write && typeof ClipboardItem !== 'undefined') {
    try {
      const item = new ClipboardItem({
        'text/html': new Blob([copy.html], { type: 'text/html' }),
        'text/plain': new Blob([copy.text], { type: 'text/plain' }),
      });
      await clipboard.write([item]);
      return 'rich';
    } catch {
      // Refused (no permission, no focus) or not supported: plain text still helps.
    }
  }
  try {
    await clipboard.writeText(copy.text);
    return 'text';
  } catch {
    return 'failed';
  }
}
