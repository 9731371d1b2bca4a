/**
 * Quote suggestions: the quotation spans of an article that read as speech, each with its speaker.
 * Left out: titles of works and names in Title Case, "so-called" and "dubbed" phrases, group names and
 * epithets used as a noun inside the sentence, imagined speech ("as if to say"), and short passages of
 * fewer than four words that nobody is said to have said.
 */
import type { QuoteSuggestion } from '../model/article';
import { findQuoteSpans, wordCount } from './quoteSpans';
import type { QuoteSpan } from './quoteSpans';
import { SpeakerFinder } from './speakers';
import { speakerConfidence } from './speakerConfidence';

const SMALL = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|de|la|vs\.?)$/i;
const VERBISH = /\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|should|shall|may|might|must|[a-z]+ed|[a-z]+s)\b|[’']s\b|n[’']t\b/i;

function titleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const content = words.filter((w) => !SMALL.test(w));
  if (content.length < 2) return false;
  return content.every((w) => /^["“‘'(]?\p{Lu}/u.test(w)) && !/[.!?;]/.test(s.replace(/\.$/, ''));
}

/** Is this quotation a name, title, group or epithet rather than speech? */
export function notSpeech(text: string, spanText: string, q: QuoteSpan, attributed: boolean): boolean {
  const before = text.slice(Math.max(0, q.open - 40), q.open);
  const after = text.slice(q.close, q.close + 20);
  if (/\b(?:so-called|titled|entitled|known as|the (?:film|book|song|album|show|play|novel|series|headline|slogan|hashtag|campaign))\s*$/i.test(before)) return true;
  // "a charity called …", "the film named …": a name; "what he called …" is his words and stays
  if (/\b(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:called|named)\s*$/iu.test(before)) return true;
  if (/\b(?:dubbed|nicknamed|branded|labelled|labeled|hailed as|described as)(?:\s+[\p{L}’'-]+){0,3}\s*$/u.test(before)) return true;
  if (!attributed && titleCase(spanText)) return true;
  const words = wordCount(spanText);
  const usedAsNoun =
    /\b(?:the|a|an|this|that|its|their|his|her|our)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(before) &&
    !/\b(?:is|are|was|were|be|been|being|become|became|seems?|seemed|remains?|remained|looks?|looked|feels?|felt|[\p{Ll}]+ed|[\p{Ll}]+s)\s+$/u.test(before) &&
    /^\s*\p{Ll}/u.test(after) &&
    !/^\s*(?:he|she|they|it|said|says)\b/.test(after) &&
    !/[.!?]$/.test(spanText);
  if (usedAsNoun && words <= 6 && !VERBISH.test(spanText)) return true;
  return false;
}

export function suggestQuotes(paragraphs: string[], language?: string | null): QuoteSuggestion[] {
  const spans = findQuoteSpans(paragraphs);
  const finder = new SpeakerFinder(paragraphs, spans, language);
  const speakers = finder.attribute();
  const out: QuoteSuggestion[] = [];
  spans.forEach((q, i) => {
    const text = paragraphs[q.paragraph];
    const spanText = text.slice(q.start, q.end);
    const a = speakers[i];
    if (a.how === 'none' && a.confidence < 0.25) return; // imagined speech
    const direct = a.how === 'direct' || a.how === 'pronoun' || a.how === 'organisation' || a.how === 'unnamed';
    if (notSpeech(text, spanText, q, direct)) return;
    const long = wordCount(spanText) >= 4;
    if (!long && !direct) return;
    out.push({
      text: spanText,
      speaker: a.speaker,
      role: a.speaker || a.how === 'unnamed' ? a.role : null,
      confidence: Math.round(Math.max(0.05, Math.min(1, a.confidence * (long ? 1 : 0.6))) * 100) / 100,
      speakerConfidence: speakerConfidence(a, { person: a.speaker ? finder.isPerson(a.speaker) : false }),
      paragraph: q.paragraph,
      start: q.start,
      end: q.end,
    });
  });
  return out;
}
