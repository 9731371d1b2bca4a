/**
 * Words for comparing articles with each other: lower-cased tokens, function words dropped, a light
 * suffix stemmer so that "flood", "floods" and "flooding" meet. Language facts only, no corpus words.
 */

/** English function words and reporting verbs that say nothing about what a story is about. */
const FUNCTION_WORDS = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them themselves then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself yourselves said says say told according added mr mrs ms dr one two three new year years week day days ' +
    'monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow last first per cent percent may might must ' +
    'since still yet even though however many much well back get got make made like around among across within without upon').split(' '),
);

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** A light stemmer: plural and common verb endings, enough to meet inflected forms of one word. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && /(ches|shes|sses|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Content-word stems of a text, in order. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokens(text)) {
    const lower = t.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || /^\d/.test(lower) || lower.length < 2) continue;
    out.push(stem(lower));
  }
  return out;
}

/** Words of a quotation, normalised for comparison: case, curly apostrophes and punctuation ignored. */
export function quoteWords(text: string): string[] {
  return tokens(text.replace(/[’‘]/g, "'")).map((t) => t.toLowerCase());
}
