import type { ItemKind } from '../model/briefing';
import type { RoutingRule } from '../model/routingRule';
import { isCatchAll } from '../model/routingRule';

/** What routing looks at: an item or a suggestion, and the article it came from. */
export interface RoutingCandidate {
  kind: ItemKind;
  text: string;
  speaker?: string | null;
  role?: string | null;
  /** For figures: what the number measures. */
  what?: string | null;
  publication?: string | null;
  /** The article's headline: it often says what a quote is about when the quote does not. */
  articleTitle?: string | null;
}

/**
 * A text as tokens: runs of letters and digits (with their combining marks) and single other characters, lower-cased,
 * each keyed with whether it touches the token before it (`+`) or follows a space (` `). Phrases and texts are
 * tokenised the same way, so a phrase matches where its tokens follow each other with the same spacing.
 */
interface Token {
  key: string;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;
const WORD = /^[\p{L}\p{N}\p{M}]/u;

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let end = -1;
  for (const match of text.matchAll(TOKEN)) {
    const glued = tokens.length > 0 && match.index === end;
    tokens.push({ key: `${glued ? '+' : ' '}${match[0].toLowerCase()}`, word: WORD.test(match[0]) });
    end = match.index + match[0].length;
  }
  return tokens;
}

/** A node of the phrase trie: the next tokens, and the rules whose phrase ends with one more token here. */
interface TrieNode {
  next: Map<string, TrieNode>;
  /** Last token → rules; the text's token may add a plural or possessive ending ("port" finds "ports"). */
  finals: Map<string, number[]>;
  /** Last token of a phrase ending in `*` → rules; the text's token only has to start with it. */
  prefixes: Map<string, number[]>;
  longestPrefix: number;
}

const newNode = (): TrieNode => ({ next: new Map(), finals: new Map(), prefixes: new Map(), longestPrefix: 0 });

function push(map: Map<string, number[]>, key: string, rule: number): void {
  const list = map.get(key);
  if (list) list.push(rule);
  else map.set(key, [rule]);
}

/**
 * Every phrase of one kind (keywords, speakers or publications) of every rule of a briefing, as one trie of tokens,
 * so that a text is read once, token by token, whatever the number of phrases.
 */
class PhraseMatcher {
  private readonly root = newNode();
  /** Rules with a bare `*`: any text at all. */
  private readonly anything: number[] = [];
  readonly empty: boolean;

  constructor(phrasesByRule: readonly (readonly string[])[]) {
    let count = 0;
    phrasesByRule.forEach((phrases, rule) => {
      for (const phrase of phrases) {
        count += 1;
        this.add(phrase, rule);
      }
    });
    this.empty = count === 0;
  }

  private add(phrase: string, rule: number): void {
    const trimmed = phrase.trim();
    const open = trimmed.endsWith('*');
    const tokens = tokenise(trimmed.replace(/\*+$/, '').trim());
    if (tokens.length === 0) {
      if (open) this.anything.push(rule);
      return;
    }
    // A phrase's first token is matched wherever it starts, spaced or not.
    tokens[0] = { ...tokens[0], key: ` ${tokens[0].key.slice(1)}` };
    let node = this.root;
    for (const token of tokens.slice(0, -1)) {
      let child = node.next.get(token.key);
      if (!child) node.next.set(token.key, (child = newNode()));
      node = child;
    }
    const last = tokens[tokens.length - 1].key;
    if (open) {
      push(node.prefixes, last, rule);
      node.longestPrefix = Math.max(node.longestPrefix, last.length);
    } else {
      push(node.finals, last, rule);
    }
  }

  /** Marks in `hits` the rules with a phrase found in any of the texts. */
  scan(texts: readonly (string | null | undefined)[], hits: Set<number>): void {
    for (const text of texts) {
      if (!text) continue;
      for (const rule of this.anything) hits.add(rule);
      const tokens = tokenise(text);
      for (let start = 0; start < tokens.length; start++) {
        const first = tokens[start];
        // A phrase never starts in the middle of a word: "(draft)" is not found in "x(draft)".
        if (!first.word && first.key[0] === '+' && tokens[start - 1].word) continue;
        this.walk(tokens, start, hits);
      }
    }
  }

  private walk(tokens: readonly Token[], start: number, hits: Set<number>): void {
    let node: TrieNode | undefined = this.root;
    for (let at = start; node && at < tokens.length; at++) {
      const token = tokens[at];
      const key = at === start ? ` ${token.key.slice(1)}` : token.key;
      this.ends(node, key, token, tokens[at + 1], hits);
      node = node.next.get(key);
    }
  }

  private ends(node: TrieNode, key: string, token: Token, after: Token | undefined, hits: Set<number>): void {
    if (node.finals.size > 0) {
      const add = (rules: number[] | undefined) => rules?.forEach((rule) => hits.add(rule));
      if (token.word) {
        // Words are whole runs of letters, so what follows is never a letter: allow a plural ending.
        add(node.finals.get(key));
        if (key.endsWith('s')) add(node.finals.get(key.slice(0, -1)));
        if (key.endsWith('es')) add(node.finals.get(key.slice(0, -2)));
      } else if (!(after?.word && after.key[0] === '+' && after.key !== '+s' && after.key !== '+es')) {
        add(node.finals.get(key));
      }
    }
    if (node.prefixes.size > 0) {
      for (let length = 2; length <= Math.min(key.length, node.longestPrefix); length++) {
        node.prefixes.get(key.slice(0, length))?.forEach((rule) => hits.add(rule));
      }
    }
  }
}

/** A briefing's or template's routing rules, ready to place candidates. */
interface CompiledRouting {
  /** Every rule in order, with the section it belongs to. */
  rules: { section: number; rule: RoutingRule }[];
  keywords: PhraseMatcher;
  speakers: PhraseMatcher;
  publications: PhraseMatcher;
  catchAll: number;
}

type RoutedSections = readonly { rules?: readonly RoutingRule[] }[];

function compile(sections: RoutedSections): CompiledRouting {
  const rules = sections.flatMap((section, index) => (section.rules ?? []).map((rule) => ({ section: index, rule })));
  return {
    rules,
    keywords: new PhraseMatcher(rules.map(({ rule }) => rule.keywords)),
    speakers: new PhraseMatcher(rules.map(({ rule }) => rule.speakers)),
    publications: new PhraseMatcher(rules.map(({ rule }) => rule.publications)),
    catchAll: sections.findIndex((section) => (section.rules ?? []).some(isCatchAll)),
  };
}

/**
 * Compiled rules, reused while the sections keep the same rule lists (edits to items copy a section but keep its
 * `rules`), so placing every suggestion of a day's articles compiles a template once.
 */
const recent: { lists: (readonly RoutingRule[] | undefined)[]; compiled: CompiledRouting }[] = [];

function compiledFor(sections: RoutedSections): CompiledRouting {
  const lists = sections.map((section) => section.rules);
  const found = recent.find((entry) => entry.lists.length === lists.length && entry.lists.every((list, i) => list === lists[i]));
  if (found) return found.compiled;
  const compiled = compile(sections);
  recent.unshift({ lists, compiled });
  if (recent.length > 8) recent.pop();
  return compiled;
}

/** The rules whose keywords, speakers and publications a candidate has; and, for scoring, where the keywords were. */
type Found = [keywords: Set<number>, speakers: Set<number>, publications: Set<number>, inText: Set<number>, inRole: Set<number>, inTitle: Set<number>];

function matchingRules(routing: CompiledRouting, candidate: RoutingCandidate): Found {
  const found: Found = [new Set(), new Set(), new Set(), new Set(), new Set(), new Set()];
  if (!routing.keywords.empty) {
    routing.keywords.scan([candidate.text, candidate.what], found[3]);
    routing.keywords.scan([candidate.role], found[4]);
    routing.keywords.scan([candidate.articleTitle], found[5]);
    for (const set of [found[3], found[4], found[5]]) for (const rule of set) found[0].add(rule);
  }
  if (!routing.speakers.empty) routing.speakers.scan([candidate.speaker, candidate.role], found[1]);
  if (!routing.publications.empty) routing.publications.scan([candidate.publication], found[2]);
  return found;
}

/**
 * How strongly a rule that takes a candidate takes it: its words in the item's own text (or what a figure measures)
 * count most, in the speaker's role or the headline less; a named speaker or publication is a strong sign; a rule that
 * only names a kind ("quotes") is the weakest, so a section about the topic wins over a section for every quote.
 */
function score(rule: RoutingRule, index: number, found: Found): number {
  let total = 0;
  if (rule.keywords.length > 0) total += 2 * Number(found[3].has(index)) + Number(found[4].has(index)) + Number(found[5].has(index));
  if (rule.speakers.length > 0) total += 4;
  if (rule.publications.length > 0) total += 3;
  return Math.max(total, 0.5);
}

function takes(rule: RoutingRule, index: number, candidate: RoutingCandidate, [keywords, speakers, publications]: Found): boolean {
  if (isCatchAll(rule)) return false;
  if (rule.kinds.length > 0 && !rule.kinds.includes(candidate.kind)) return false;
  if (rule.keywords.length > 0 && !keywords.has(index)) return false;
  if (rule.speakers.length > 0 && !speakers.has(index)) return false;
  if (rule.publications.length > 0 && !publications.has(index)) return false;
  return true;
}

/**
 * The index of the section a candidate belongs in, or -1 when none takes it. Of the sections with a matching rule,
 * the one whose rule takes it most strongly wins (see `score`); on a tie the one nearer the top, so the analyst orders
 * sections to say which comes first. When no rule matches, the first section with a catch-all rule (everything left
 * empty) takes it. Every filled-in list of a rule must
 * match. A phrase matches as a whole word or words, case-insensitive, allowing a plural or possessive ending
 * ("port" finds "ports" and "port's", not "transport" or "portfolio"); a trailing `*` allows any ending.
 * Reads each text once, whatever the number of rules.
 */
export function sectionIndexFor(sections: RoutedSections, candidate: RoutingCandidate): number {
  const routing = compiledFor(sections);
  const found = matchingRules(routing, candidate);
  let best = -1;
  let bestScore = 0;
  routing.rules.forEach(({ rule }, index) => {
    if (!takes(rule, index, candidate, found)) return;
    const value = score(rule, index, found);
    if (value > bestScore) {
      best = index;
      bestScore = value;
    }
  });
  return best >= 0 ? routing.rules[best].section : routing.catchAll;
}
