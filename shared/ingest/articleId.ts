import { contentHash } from '../model/hash';
import { normalisedBody } from './cleanText';

/**
 * An article's id: the SHA-256 (Web Crypto, the same in Node, workers and the page) of its normalised
 * body, as 64 hex digits. The same article imported twice gets the same id; two different articles
 * cannot share one by accident, as they could with the 128-bit hash used before.
 */
export async function articleIdOf(paragraphs: string[]): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalisedBody(paragraphs)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The id the same body had in libraries written before ids were SHA-256 (32 hex digits). Articles are
 * stored under their id and briefings point at it, so stored articles keep theirs; the intake looks
 * this id up too, so importing an old article again still finds it instead of storing it twice.
 */
export function legacyArticleIdOf(paragraphs: string[]): string {
  return contentHash(normalisedBody(paragraphs));
}
