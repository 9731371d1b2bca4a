/**
 * Step 5: how likely a speaker is right, calibrated on the labelled sets so that of the speakers given at
 * SPEAKER_SURE (0.8) or more, at least 97 % are right. What counts: how the attribution was found (a said-verb
 * right beside the quotation, a pronoun, the paragraph's other quotation, a lead-in sentence, a description),
 * whether the speaker is a person with a full name, an organisation, or one word the article never fills out.
 */
import type { Attribution } from './speakers';

export interface SpeakerFacts {
  /** The speaker is typed as a person (not an organisation, not unknown). */
  person: boolean;
}

/** Confidence in the speaker (or, for a quotation given to nobody, in there being no one named). */
export function speakerConfidence(a: Attribution, facts: SpeakerFacts): number {
  if (!a.speaker) return a.how === 'unnamed' ? 0.85 : Math.min(a.confidence, 0.6);
  const words = a.speaker.split(' ').length;
  // a single word the article never gives in full ("Obama", "Redcliffe"): often a surname or a short form
  if (words < 2) return 0.45;
  if (!facts.person) return a.how === 'organisation' || a.how === 'direct' ? 0.6 : 0.5;
  switch (a.how) {
    case 'direct':
      // a said-verb right after the quotation ("…,” said Jane Doe) is the surest; one before it less so
      return a.confidence >= 0.9 ? 0.9 : a.confidence >= 0.85 ? 0.75 : 0.6;
    case 'pronoun':
      return a.confidence >= 0.8 ? 0.85 : 0.65;
    case 'same-paragraph':
      return a.confidence >= 0.75 ? 0.85 : 0.65;
    case 'continued':
      return a.confidence >= 0.8 ? 0.75 : 0.65;
    case 'colon':
      return 0.65;
    case 'description':
      return 0.5;
    default:
      return 0.5;
  }
}
