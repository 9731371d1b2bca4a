import { statSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, ArticleSummary } from '../../shared/model/article';
import { summariseArticle } from '../../shared/model/article';
import { foldForSearch, queryTerms, scoreEntry, searchEntry } from '../../shared/model/articleSearch';
import { SAFE_ID } from '../../shared/model/ids';
import { minhashSignature, NEAR_DUPLICATE_THRESHOLD, SIGNATURE_SIZE, signatureSimilarity } from '../../shared/ingest/nearDuplicates';
import { writeFileAtomic } from './atomicWrite';

/** What the index remembers of a file, to tell on the next start whether it changed behind its back. */
export interface Fingerprint {
  mtimeMs: number;
  size: number;
}

/** The part of the article folder the index needs: list it, read one article validated (moving a bad one aside). */
export interface ArticleFiles {
  readonly dir: string;
  read(id: string): Promise<Article | null>;
}

interface Doc {
  id: string;
  summary: ArticleSummary;
  importedMs: number;
  mtimeMs: number;
  size: number;
  /** Filter of the article's adjacent word pairs. */
  pairs: Uint32Array;
}

/** A posting packs the document number and how the word occurs there: text count 0–5, in the title, in the people. */
const IN_TITLE = 8;
const IN_PEOPLE = 16;
const COUNT_MASK = 7;
const MAX_COUNT = 5;
const DOC_SHIFT = 32;
/** Multi-word queries: how many of the best hits are read back from their files to confirm the words side by side. */
const PHRASE_CHECKS = 20;
/** Bits per word pair in an article's pair filter, and bits set per pair (about 3% false positives per pair). */
const PAIR_BITS = 8;
const PAIR_PROBES = 3;
/**
 * Changed articles after which the index file is rewritten; otherwise it is written when the app closes. Rewriting
 * folds every posting (seconds at 50,000 articles), and a restart after a crash re-reads only the changed files.
 */
const SAVE_AFTER_CHANGES = 5000;
const FORMAT = 3;
const MAGIC = 0x42574931; // "BWI1"

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return foldForSearch(text).match(WORD) ?? [];
}

/** The words of an article and how each occurs, packed as posting flags, and the filter of its word pairs. */
function articleWords(article: Article): { words: Map<string, number>; pairs: Uint32Array } {
  const words = new Map<string, number>();
  const mark = (word: string, flag: number) => words.set(word, (words.get(word) ?? 0) | flag);
  const title = wordsOf(article.title ?? '');
  for (const word of title) mark(word, IN_TITLE);
  const speakers = article.quotes.map((q) => q.speaker).filter((s): s is string => Boolean(s));
  const people = [...new Set(speakers)].concat(article.byline ?? '', article.publication ?? '').map(wordsOf);
  for (const word of people.flat()) mark(word, IN_PEOPLE);
  const paragraphs = article.paragraphs.map(wordsOf);
  for (const word of paragraphs.flat()) {
    const flags = words.get(word) ?? 0;
    if ((flags & COUNT_MASK) < MAX_COUNT) words.set(word, flags + 1);
  }
  return { words, pairs: pairFilter([title, ...people, ...paragraphs]) };
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Hashes of the adjacent word pairs of a run of words. */
function pairHashes(words: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < words.length; i++) out.push(hashString(`${words[i - 1]} ${words[i]}`));
  return out;
}

function probe(hash: number, i: number, bits: number): number {
  return ((hash + Math.imul(i, Math.imul(hash, 0x9e3779b1) | 1)) >>> 0) % bits;
}

/** A Bloom filter of an article's adjacent word pairs: phrases are looked for without reading the article. */
function pairFilter(runs: string[][]): Uint32Array {
  const hashes = runs.flatMap(pairHashes);
  const words = Math.max(1, Math.ceil((hashes.length * PAIR_BITS) / 32));
  const filter = new Uint32Array(words);
  for (const hash of hashes) {
    for (let i = 0; i < PAIR_PROBES; i++) {
      const bit = probe(hash, i, words * 32);
      filter[bit >>> 5] |= 1 << (bit & 31);
    }
  }
  return filter;
}

function hasPairs(filter: Uint32Array | undefined, hashes: readonly number[]): boolean {
  if (!filter) return false;
  const bits = filter.length * 32;
  for (const hash of hashes) {
    for (let i = 0; i < PAIR_PROBES; i++) {
      const bit = probe(hash, i, bits);
      if (!(filter[bit >>> 5] & (1 << (bit & 31)))) return false;
    }
  }
  return true;
}

/** Best first: by score, then the newest import (recency rank), packed into one number so a typed array sorts them. */
function rankDocs(hits: readonly number[], score: Float64Array, recency: Int32Array): number[] {
  if (recency.length >= 2 ** 20) return [...hits].sort((a, b) => score[b] - score[a] || recency[b] - recency[a]);
  const keys = new Float64Array(hits.length);
  hits.forEach((doc, i) => (keys[i] = score[doc] * 2 ** 40 + recency[doc] * 2 ** 20 + doc));
  keys.sort();
  const out = new Array<number>(hits.length);
  for (let i = 0; i < keys.length; i++) out[i] = keys[keys.length - 1 - i] % 2 ** 20;
  return out;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The library's articles, indexed for the Inbox and for search without reading every file: each article's
 * summary, its near-duplicate signature and an inverted index of its words (title, people, text), kept in
 * memory and saved beside the files as one derived file (`.index/articles.idx`).
 *
 * The JSON files stay the truth. On open the index compares the folder (names, sizes, modification times)
 * with what it recorded and re-reads only what differs, so a crash between a file write and the index,
 * a hand-edited, deleted or added file, or a damaged index file never leaves it disagreeing with the
 * files. Writes go to the file first; the index learns of them after (see `JsonCollection` listeners).
 */
export class ArticleIndex {
  private docs: (Doc | null)[] = [];
  private readonly byId = new Map<string, number>();
  /** The saved segment: sorted words, where each word's postings start, the postings. */
  private dict: string[] = [];
  private offsets: Uint32Array<ArrayBufferLike> = new Uint32Array(1);
  /** Per word, its articles in ascending order as variable-length numbers: (gap from the previous article × 32 + flags). */
  private postings: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
  /** Postings of articles indexed since the saved segment was built. */
  private delta = new Map<string, number[]>();
  private signatures: (ArrayLike<number> | null)[] = [];
  private sorted: number[] | null = null;
  private summaries: ArticleSummary[] | null = null;
  private opening: Promise<void> | null = null;
  private opened = false;
  private checking: Promise<void> = Promise.resolve();
  /** Changes that arrived while the index was opening, applied in order once it is open. */
  private readonly early: (() => void)[] = [];
  private changes = 0;
  private saveTimer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();
  /** What the last open found: articles re-read from their files and entries dropped. */
  lastRepair = { reread: 0, dropped: 0, rebuilt: false };

  constructor(
    private readonly files: ArticleFiles,
    private readonly indexFile: string,
  ) {}

  /** Loads the saved index and brings it in line with the folder. Idempotent. */
  open(): Promise<void> {
    this.opening ??= this.openNow().then(() => {
      this.opened = true;
      for (const change of this.early.splice(0)) change();
    });
    return this.opening;
  }

  async list(): Promise<ArticleSummary[]> {
    await this.open();
    this.summaries ??= this.newestFirst().map((doc) => this.docs[doc]!.summary);
    return this.summaries.slice();
  }

  /** Live article numbers, newest import first (kept until the next change). */
  private newestFirst(): number[] {
    if (!this.sorted) {
      const order: number[] = [];
      const at = new Float64Array(this.docs.length);
      this.docs.forEach((doc, i) => {
        if (!doc) return;
        order.push(i);
        at[i] = doc.importedMs;
      });
      this.sorted = order.sort((a, b) => at[b] - at[a] || b - a);
    }
    return this.sorted;
  }

  /** Each article's place by import time (higher is newer). */
  private recencyRanks(): Int32Array {
    const order = this.newestFirst();
    const ranks = new Int32Array(this.docs.length);
    order.forEach((doc, i) => (ranks[doc] = order.length - i));
    return ranks;
  }

  async has(id: string): Promise<boolean> {
    await this.open();
    return this.byId.has(id);
  }

  /** The stored article that is this news-database document (its accession number or urn), if any. */
  async withDocumentId(documentId: string): Promise<string | null> {
    await this.open();
    return this.docs.find((d) => d !== null && d.summary.documentId === documentId)?.id ?? null;
  }

  private later(change: () => void): void {
    this.early.push(change);
    void this.open().catch(() => undefined);
  }

  /** Ids of the stored articles whose signature is close enough to this one to be the same story. */
  async similarTo(signature: readonly number[]): Promise<string[]> {
    await this.open();
    const out: string[] = [];
    for (const [id, doc] of this.byId) {
      const other = this.signatures[doc];
      if (other && signatureSimilarity(signature, other) >= NEAR_DUPLICATE_THRESHOLD) out.push(id);
    }
    return out;
  }

  /** An article was written to its file (`fingerprint` is the file's after the write). */
  noteWritten(article: Article, fingerprint: Fingerprint): void {
    // Not open yet: applied, in order, once the index is open (the write is newer than what opening reads).
    if (!this.opened) return this.later(() => this.noteWritten(article, fingerprint));
    this.add(article, fingerprint);
    this.changed();
  }

  /** An article's file was removed (deleted, or moved aside as unreadable). */
  noteRemoved(id: string): void {
    if (!this.opened) return this.later(() => this.noteRemoved(id));
    if (this.drop(id)) this.changed();
  }

  /**
   * The ids of the articles holding every word of the query, best first: a word in the title counts most,
   * then in a speaker's (or the writer's, or the publication's) name, then in the text; the words side by
   * side as typed most of all; ties go to the newest import. A word matches the words it begins.
   */
  async search(query: string): Promise<string[]> {
    await this.open();
    const terms = queryTerms(query).slice(0, 64);
    if (terms.length === 0) return [];
    const steps = terms.map((term) => wordsOf(term).slice(0, 64));
    if (steps.some((words) => words.length === 0)) return [];
    // Compaction may renumber the articles while this search reads files: keep these tables.
    const docs = this.docs;
    const recency = this.recencyRanks();
    const size = docs.length;
    const reached = new Uint16Array(size);
    const score = new Float64Array(size);
    const acc = new Uint8Array(size);
    const termFlags = new Uint8Array(size);
    let step = 0;
    let candidates: number[] = [];
    for (const words of steps) {
      const pairs = pairHashes(words);
      for (let j = 0; j < words.length; j++) {
        const touched = this.accumulate(words[j], step, reached, acc);
        const last = j === words.length - 1;
        candidates = [];
        for (const doc of touched) {
          const f = acc[doc];
          acc[doc] = 0;
          // A phrase: each word where all of them are, and side by side (the pair filter; checked in the text for the best hits).
          const t = j === 0 ? f : (termFlags[doc] & f & (IN_TITLE | IN_PEOPLE)) | Math.min(termFlags[doc] & COUNT_MASK, f & COUNT_MASK);
          if (last && pairs.length > 0 && !hasPairs(docs[doc]?.pairs, pairs)) continue;
          termFlags[doc] = t;
          reached[doc] = step + 1;
          candidates.push(doc);
          if (last) score[doc] += (t & IN_TITLE ? 12 : 0) + (t & IN_PEOPLE ? 6 : 0) + (t & COUNT_MASK);
        }
        step++;
      }
    }
    const hits = candidates.filter((doc) => docs[doc] !== null);
    const together = terms.length > 1 ? pairHashes(steps.flat()) : [];
    if (together.length > 0) for (const doc of hits) if (hasPairs(docs[doc]!.pairs, together)) score[doc] += 20;
    const ranked = rankDocs(hits, score, recency);
    if (terms.length === 1 && steps[0].length === 1) return ranked.map((doc) => docs[doc]!.id);
    // Words side by side are told by a filter that can err: the best hits are checked in the articles themselves.
    const head = ranked.slice(0, PHRASE_CHECKS);
    const phrase = terms.length > 1 ? terms.join(' ') : null;
    const exact = new Map<number, number | null>();
    await Promise.all(
      head.map(async (doc) => {
        const entry = await this.entryOf(docs[doc]!.id);
        exact.set(doc, entry ? scoreEntry(entry, terms, phrase) : null);
      }),
    );
    const checked = head.filter((doc) => exact.get(doc) !== null);
    for (const doc of checked) score[doc] = exact.get(doc)!;
    return [...rankDocs(checked, score, recency), ...ranked.slice(head.length)].map((doc) => docs[doc]!.id);
  }

  /** Writes the index file now if anything changed since it was last written. */
  async flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (!this.opened || this.changes === 0) return this.saving;
    this.changes = 0;
    const bytes = this.compact();
    this.saving = this.saving.then(() => writeFileAtomic(this.indexFile, bytes)).catch(() => {
      // Derived data: if it cannot be written, the next start re-reads the changed files.
    });
    return this.saving;
  }

  private changed(): void {
    this.sorted = null;
    this.summaries = null;
    this.changes++;
    if (this.changes >= SAVE_AFTER_CHANGES) this.scheduleSave();
  }

  private add(article: Article, fingerprint: Fingerprint): void {
    this.drop(article.id);
    const doc = this.docs.length;
    const { words, pairs } = articleWords(article);
    this.docs.push({ id: article.id, summary: summariseArticle(article), importedMs: Date.parse(article.importedAt) || 0, ...fingerprint, pairs });
    this.signatures.push(minhashSignature(article.paragraphs));
    this.byId.set(article.id, doc);
    for (const [word, flags] of words) {
      let list = this.delta.get(word);
      if (!list) this.delta.set(word, (list = []));
      list.push(doc * DOC_SHIFT + flags);
    }
  }

  private drop(id: string): boolean {
    const doc = this.byId.get(id);
    if (doc === undefined) return false;
    this.byId.delete(id);
    this.docs[doc] = null;
    this.signatures[doc] = null;
    return true;
  }

  /**
   * Every posting of every word that begins with `prefix`, for the articles that reached `step`: their flags
   * merged into `acc` (title and people bits, text count capped). Answers the articles touched.
   */
  private accumulate(prefix: string, step: number, reached: Uint16Array, acc: Uint8Array): number[] {
    const { dict, offsets, postings } = this;
    const touched: number[] = [];
    const visit = (doc: number, f: number) => {
      if (reached[doc] !== step) return;
      const before = acc[doc];
      if (before === 0) touched.push(doc);
      const count = (before & COUNT_MASK) + (f & COUNT_MASK);
      acc[doc] = ((before | f) & ~COUNT_MASK) | (count > MAX_COUNT ? MAX_COUNT : count);
    };
    for (let t = lowerBound(dict, prefix); t < dict.length && dict[t].startsWith(prefix); t++) {
      let doc = 0;
      for (let p = offsets[t]; p < offsets[t + 1]; ) {
        let value = 0;
        let shift = 0;
        let byte;
        do {
          byte = postings[p++];
          value += (byte & 127) * 2 ** shift;
          shift += 7;
        } while (byte & 128);
        doc += Math.floor(value / DOC_SHIFT);
        const f = value % DOC_SHIFT;
        if (reached[doc] !== step) continue;
        const before = acc[doc];
        if (before === 0) touched.push(doc);
        const count = (before & COUNT_MASK) + (f & COUNT_MASK);
        acc[doc] = ((before | f) & ~COUNT_MASK) | (count > MAX_COUNT ? MAX_COUNT : count);
      }
    }
    for (const [word, list] of this.delta) {
      if (!word.startsWith(prefix)) continue;
      for (const posting of list) visit(Math.floor(posting / DOC_SHIFT), posting % DOC_SHIFT);
    }
    return touched;
  }

  /** The search entry of one article, read from its file without validation (only to look for words). */
  private async entryOf(id: string) {
    try {
      return searchEntry(JSON.parse(await readFile(join(this.files.dir, `${id}.json`), 'utf8')) as Article);
    } catch {
      return null;
    }
  }

  /**
   * Opening: the saved index, then the folder's listing — a file added or deleted since is indexed or
   * dropped before the first answer. Files changed in place (same name) are found by the check that
   * follows in the background (`verified`), which compares every file's size and modification time.
   */
  private async openNow(): Promise<void> {
    const rebuilt = !(await this.load());
    await mkdir(this.files.dir, { recursive: true });
    const ids = (await readdir(this.files.dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).map((n) => n.slice(0, -5)).filter((id) => SAFE_ID.test(id));
    const onDisk = new Set(ids);
    let dropped = 0;
    for (const id of [...this.byId.keys()]) {
      if (!onDisk.has(id) && this.drop(id)) dropped++;
    }
    const added = ids.filter((id) => !this.byId.has(id)).sort();
    for (const [i, id] of added.entries()) {
      await this.reindex(id, null);
      // Building from many files: fold what was read into the compact segment now and then, to keep memory down.
      if (i % 10_000 === 9_999) this.fold();
    }
    this.lastRepair = { reread: added.length, dropped, rebuilt };
    this.changes = added.length + dropped;
    if (this.changes > 0) this.scheduleSave();
    this.checking = this.checkInPlace(ids.filter((id) => !added.includes(id)));
  }

  /** Resolves once the start-up check of files changed in place is done (and what it found is indexed). */
  async verified(): Promise<void> {
    await this.open();
    await this.checking;
  }

  /** Sizes and modification times of the files against the index, a slice at a time so requests go on being answered. */
  private async checkInPlace(ids: string[]): Promise<void> {
    const stale: { id: string; seen: Doc }[] = [];
    for (let from = 0; from < ids.length; from += 2000) {
      await new Promise((resolve) => setImmediate(resolve));
      for (const id of ids.slice(from, from + 2000)) {
        const doc = this.byId.get(id);
        const known = doc === undefined ? null : this.docs[doc];
        if (!known) continue;
        const info = statSync(join(this.files.dir, `${id}.json`), { throwIfNoEntry: false });
        if (info && (known.mtimeMs !== info.mtimeMs || known.size !== info.size)) stale.push({ id, seen: known });
      }
    }
    for (const { id, seen } of stale) await this.reindex(id, seen);
    this.lastRepair.reread += stale.length;
  }

  /** Reads one article from its file into the index (unless it was written through the app meanwhile: `seen` is gone). */
  private async reindex(id: string, seen: Doc | null): Promise<void> {
    const article = await this.files.read(id); // validated; a bad file is moved aside and reported
    const doc = this.byId.get(id);
    if (seen && (doc === undefined || this.docs[doc] !== seen)) return;
    this.drop(id);
    const info = article && statSync(join(this.files.dir, `${id}.json`), { throwIfNoEntry: false });
    if (article && info) this.add(article, { mtimeMs: info.mtimeMs, size: info.size });
    if (this.opened) this.changed();
  }

  private scheduleSave(): void {
    if (this.saveTimer) return;
    this.saveTimer = setTimeout(() => void this.flush(), 1000);
    this.saveTimer.unref();
  }

  /** Reads the index file; false when there is none or it is unreadable (then the folder is read whole). */
  private async load(): Promise<boolean> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.indexFile);
    } catch {
      return false;
    }
    try {
      if (bytes.length < 8 || bytes.readUInt32LE(0) !== MAGIC) return false;
      const headerLength = bytes.readUInt32LE(4);
      const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as {
        format: number;
        docs: [string, number, number, ArticleSummary, number][];
        dict: string[];
        postings: number;
      };
      if (header.format !== FORMAT) return false;
      let at = 8 + headerLength;
      at += (4 - (at % 4)) % 4;
      // Views on the file's bytes where they are aligned (they are, unless the runtime pooled the buffer): no copies.
      const words = (count: number) => {
        const end = at + count * 4;
        if (end > bytes.length) throw new Error('index file cut short');
        const start = bytes.byteOffset + at;
        const view = start % 4 === 0 ? new Uint32Array(bytes.buffer, start, count) : new Uint32Array(bytes.buffer.slice(start, start + count * 4));
        at = end;
        return view;
      };
      const offsets = words(header.dict.length + 1);
      const signatures = words(header.docs.length * SIGNATURE_SIZE);
      const pairs = words(header.docs.reduce((n, doc) => n + doc[4], 0));
      const postings = bytes.subarray(at);
      if (postings.length !== header.postings || offsets[header.dict.length] !== header.postings) return false;
      let pairsAt = 0;
      this.docs = header.docs.map(([id, mtimeMs, size, summary, pairWords]) => {
        pairsAt += pairWords;
        return { id, summary, importedMs: Date.parse(summary.importedAt) || 0, mtimeMs, size, pairs: pairs.subarray(pairsAt - pairWords, pairsAt) };
      });
      this.signatures = header.docs.map((_, i) => signatures.subarray(i * SIGNATURE_SIZE, (i + 1) * SIGNATURE_SIZE));
      this.byId.clear();
      this.docs.forEach((d, i) => this.byId.set(d!.id, i));
      this.dict = header.dict;
      this.offsets = offsets;
      this.postings = postings;
      this.delta = new Map();
      return true;
    } catch {
      return false;
    }
  }

  /** Folds the new postings into the saved segment, drops removed articles, and answers the index file's bytes. */
  private compact(): Uint8Array {
    this.fold();
    return this.serialise();
  }

  /** Folds the new postings into the saved segment and drops removed articles (renumbering the rest). */
  private fold(): void {
    this.sorted = null;
    const renumber = new Int32Array(this.docs.length).fill(-1);
    const docs: Doc[] = [];
    const signatures: ArrayLike<number>[] = [];
    this.docs.forEach((doc, i) => {
      if (!doc) return;
      renumber[i] = docs.length;
      docs.push(doc);
      signatures.push(this.signatures[i]!);
    });
    const deltaWords = [...this.delta.keys()].sort();
    const dict: string[] = [];
    const offsets: number[] = [0];
    let postings = new Uint8Array(Math.max(64, this.postings.length + 3 * deltaWords.reduce((n, w) => n + this.delta.get(w)!.length, 0)));
    let count = 0;
    let previous = 0;
    const push = (oldDoc: number, flags: number) => {
      const doc = renumber[oldDoc];
      if (doc < 0) return;
      if (count + 8 > postings.length) {
        const grown = new Uint8Array(postings.length * 2);
        grown.set(postings);
        postings = grown;
      }
      let value = (doc - previous) * DOC_SHIFT + flags;
      previous = doc;
      while (value >= 128) {
        postings[count++] = (value % 128) | 128;
        value = Math.floor(value / 128);
      }
      postings[count++] = value;
    };
    let b = 0;
    let d = 0;
    while (b < this.dict.length || d < deltaWords.length) {
      const word = d >= deltaWords.length || (b < this.dict.length && this.dict[b] <= deltaWords[d]) ? this.dict[b] : deltaWords[d];
      const start = count;
      previous = 0;
      if (b < this.dict.length && this.dict[b] === word) {
        let doc = 0;
        for (let p = this.offsets[b]; p < this.offsets[b + 1]; ) {
          let value = 0;
          let shift = 0;
          let byte;
          do {
            byte = this.postings[p++];
            value += (byte & 127) * 2 ** shift;
            shift += 7;
          } while (byte & 128);
          doc += Math.floor(value / DOC_SHIFT);
          push(doc, value % DOC_SHIFT);
        }
        b++;
      }
      if (d < deltaWords.length && deltaWords[d] === word) {
        for (const posting of this.delta.get(word)!) push(Math.floor(posting / DOC_SHIFT), posting % DOC_SHIFT);
        d++;
      }
      if (count > start) {
        dict.push(word);
        offsets.push(count);
      }
    }
    this.docs = docs;
    this.signatures = signatures;
    this.byId.clear();
    docs.forEach((doc, i) => this.byId.set(doc.id, i));
    this.dict = dict;
    this.offsets = Uint32Array.from(offsets);
    this.postings = postings.slice(0, count);
    this.delta = new Map();
  }

  private serialise(): Uint8Array {
    const docs = this.docs as Doc[]; // folded: no removed articles
    const dict = this.dict;
    const count = this.postings.length;
    const signatures = this.signatures as ArrayLike<number>[];
    const header = Buffer.from(
      JSON.stringify({ format: FORMAT, docs: docs.map((doc) => [doc.id, doc.mtimeMs, doc.size, doc.summary, doc.pairs.length]), dict, postings: count }),
      'utf8',
    );
    const pad = (4 - ((8 + header.length) % 4)) % 4;
    const signatureWords = new Uint32Array(docs.length * SIGNATURE_SIZE);
    signatures.forEach((s, i) => signatureWords.set(s, i * SIGNATURE_SIZE));
    const pairWords = new Uint32Array(docs.reduce((n, doc) => n + doc.pairs.length, 0));
    let pairsAt = 0;
    for (const doc of docs) {
      pairWords.set(doc.pairs, pairsAt);
      pairsAt += doc.pairs.length;
    }
    const out = Buffer.alloc(8 + header.length + pad + (this.offsets.length + signatureWords.length + pairWords.length) * 4 + count);
    out.writeUInt32LE(MAGIC, 0);
    out.writeUInt32LE(header.length, 4);
    header.copy(out, 8);
    let at = 8 + header.length + pad;
    for (const part of [this.offsets, signatureWords, pairWords, this.postings]) {
      Buffer.from(part.buffer, part.byteOffset, part.byteLength).copy(out, at);
      at += part.byteLength;
    }
    return out;
  }
}
