/**
 * Near-duplicate detection (one wire story in two outlets): MinHash signatures over word 5-shingles.
 * The share of equal positions in two signatures estimates the Jaccard similarity of their shingle sets.
 */
export const SIGNATURE_SIZE = 64;
const SHINGLE = 5;
/** Estimated Jaccard similarity from which two articles are flagged as the same story. */
export const NEAR_DUPLICATE_THRESHOLD = 0.45;

const MASKS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

function hashWords(words: string[], from: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < from + SHINGLE; w++) {
    const word = words[w];
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
    h = Math.imul(h ^ 32, 16777619);
  }
  return h >>> 0;
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function minhashSignature(paragraphs: string[]): number[] {
  const words = paragraphs.join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (let start = 0; start + SHINGLE <= Math.max(words.length, SHINGLE); start++) {
    if (words.length < SHINGLE && start > 0) break;
    const h = words.length < SHINGLE ? hashWords([...words, ...Array(SHINGLE - words.length).fill('')], 0) : hashWords(words, start);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix(h ^ MASKS[i]);
      if (v < signature[i]) signature[i] = v;
    }
  }
  return signature;
}

export function signatureSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}
