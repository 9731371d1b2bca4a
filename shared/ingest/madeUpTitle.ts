/**
 * A title for an article that truly has no headline: its first sentence, cut at a word to about twelve
 * words. Marked as made up (origin 'made-up') so the Inbox can show it as such and the analyst can edit it.
 */
const MAX_WORDS = 12;

export function madeUpTitle(paragraphs: string[]): string | null {
  const first = paragraphs.find((p) => /\p{L}{2}/u.test(p));
  if (!first) return null;
  // the first sentence: up to a full stop, question or exclamation mark followed by a space and a capital or a quote
  const end = /[.!?]["”’]?(?=\s+["“‘]?[\p{Lu}\d])/u.exec(first);
  const sentence = (end ? first.slice(0, end.index) : first).replace(/^["“‘]+|["”’]+$/g, '').trim();
  const words = sentence.split(/\s+/);
  if (words.length <= MAX_WORDS) return sentence.replace(/[.!?,;:]+$/, '');
  const cut = words.slice(0, MAX_WORDS);
  while (cut.length > 3 && /^(?:of|the|a|an|to|and|or|in|on|for|with|at|by|from|as|that|its|their)$/i.test(cut[cut.length - 1])) cut.pop();
  return `${cut.join(' ').replace(/[.!?,;:]+$/, '')}…`;
}
