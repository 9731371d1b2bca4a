/**
 * Parts of speech and sentence boundaries from wink-nlp with its small English model (about 1 ms per
 * 500 words). The model loads once, on first use. Tags are Universal Dependencies' (NOUN, PROPN, VERB,
 * ADJ, ADP, NUM, PRON, DET, AUX, PART, ADV, PUNCT, SYM, …).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  text: string;
  /** Universal part-of-speech tag. */
  pos: string;
  start: number;
  end: number;
  /** Index of the token's sentence in `Tagged.sentences`. */
  sentence: number;
}

export interface Tagged {
  tokens: Token[];
  /** Token index ranges [first, last] of each sentence. */
  sentences: [number, number][];
}

let nlp: ReturnType<typeof winkNLP> | null = null;

const english = () => (nlp ??= winkNLP(model, ['sbd', 'pos']));

/** A paragraph's tokens with their tags and character offsets. */
export function tag(text: string): Tagged {
  const engine = english();
  const doc = engine.readDoc(text);
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(engine.its.pos) as string[];
  const sentences = doc.sentences().out(engine.its.span) as unknown as [number, number][];
  const tokens: Token[] = [];
  let cursor = 0;
  let s = 0;
  for (let i = 0; i < words.length; i++) {
    const found = text.indexOf(words[i], cursor);
    const start = found < 0 ? cursor : found;
    const end = found < 0 ? cursor : start + words[i].length;
    cursor = end;
    while (s < sentences.length - 1 && i > sentences[s][1]) s++;
    tokens.push({ text: words[i], pos: tags[i], start, end, sentence: s });
  }
  return { tokens, sentences };
}
