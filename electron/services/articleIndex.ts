import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
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
}

/** A posting packs the document number and how the word occurs there: text count 0–5, in the title, in the people. */
const IN_TITLE = 8;
const IN_PEOPLE = 16;
const COUNT_MASK = 7;
const MAX_COUNT = 5;
const DOC_SHIFT = 32;
/** Multi-word queries: how many of the best hits are read back from their files to find the words side by side. */
const PHRASE_CHECKS = 200;
/** Changed articles after which the index file is rewritten (before that a restart re-reads them: still correct). */
const SAVE_AFTER_CHANGES = 200;
const FORMAT = 1;
const MAGIC = 0x42574931; // "BWI1"

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return foldForSearch(text).match(WORD) ?? [];
}

/** The words of an article and how each occurs, packed as posting flags. */
function articleWords(article: Article): Map<string, number> {
  const words = new Map<string, number>();
  const mark = (word: string, flag: number) => words.set(word, (words.get(word) ?? 0) | flag);
  for (const word of wordsOf(article.title ?? '')) mark(word, IN_TITLE);
  const speakers = article.quotes.map((q) => q.speaker).filter((s): s is string => Boolean(s));
  for (const word of wordsOf([...speakers, article.byline ?? '', article.publication ?? ''].join('\n'))) mark(word, IN_PEOPLE);
  for (const word of wordsOf(article.paragraphs.join('\n'))) {
    const flags = words.get(word) ?? 0;
    if ((flags & COUNT_MASK) < MAX_COUNT) words.set(word, flags + 1);
  }
  return words;
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
  private offsets = new Uint32Array(1);
  private postings = new Uint32Array(0);
  /** Postings of articles indexed since the saved segment was built. */
  private delta = new Map<string, number[]>();
  private signatures: (ArrayLike<number> | null)[] = [];
  private sorted: ArticleSummary[] | null = null;
  private opening: Promise<void> | null = null;
  private opened = false;
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
    this.sorted ??= this.live()
      .map((d) => d.summary)
      .sort((a, b) => (b.importedAt < a.importedAt ? -1 : b.importedAt > a.importedAt ? 1 : 0));
    return this.sorted.slice();
  }

  async has(id: string): Promise<boolean> {
    await this.open();
    return this.byId.has(id);
  }

  /** The stored article that is this news-database document (its accession number or urn), if any. */
  async withDocumentId(documentId: string): Promise<string | null> {
    await this.open();
    return this.live().find((d) => d.summary.documentId === documentId)?.id ?? null;
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
    // Not opened yet: opening reads the folder as it is then. Opening: apply once open.
    if (!this.opening) return;
    if (!this.opened) return void this.early.push(() => this.noteWritten(article, fingerprint));
    this.add(article, fingerprint);
    this.changed();
  }

  /** An article's file was removed (deleted, or moved aside as unreadable). */
  noteRemoved(id: string): void {
    if (!this.opening) return;
    if (!this.opened) return void this.early.push(() => this.noteRemoved(id));
    if (this.drop(id)) this.changed();
  }

  /**
   * The ids of the articles holding every word of the query, best first: a word in the title counts most,
   * then in a speaker's (or the writer's, or the publication's) name, then in the text; the words side by
   * side as typed most of all; ties go to the newest import. A word matches the words it begins.
   */
  async search(query: string): Promise<string[]> {
    await this.open();
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const steps = terms.map((term) => wordsOf(term).slice(0, 64));
    const total = steps.reduce((n, words) => n + words.length, 0);
    if (total === 0) return [];
    // Compaction may renumber the articles while this search reads files: keep this table.
    const docs = this.docs;
    const size = docs.length;
    const reached = new Uint16Array(size);
    const score = new Float64Array(size);
    const flags = new Uint8Array(size);
    let step = 0;
    let candidates: number[] = [];
    for (const words of steps) {
      for (const word of words) {
        const touched: number[] = [];
        this.postingsOf(word, (doc, f) => {
          if (reached[doc] !== step) return;
          const before = flags[doc];
          if (before === 0) touched.push(doc);
          const count = Math.min(MAX_COUNT, (before & COUNT_MASK) + (f & COUNT_MASK));
          flags[doc] = ((before | f) & ~COUNT_MASK) | count;
        });
        for (const doc of touched) {
          const f = flags[doc];
          flags[doc] = 0;
          reached[doc] = step + 1;
          // A phrase or a word with punctuation inside is scored below, from the article itself.
          if (words.length === 1) score[doc] += (f & IN_TITLE ? 12 : 0) + (f & IN_PEOPLE ? 6 : 0) + (f & COUNT_MASK);
        }
        candidates = touched;
        step++;
      }
    }
    const hits = candidates.filter((doc) => docs[doc] !== null);
    const exact = steps.some((words) => words.length > 1);
    const byRank = (a: number, b: number) => score[b] - score[a] || docs[b]!.importedMs - docs[a]!.importedMs;
    hits.sort(byRank);
    if (exact || terms.length > 1) {
      // Words side by side can only be seen in the text itself: read back the best hits (all of them when the query requires a phrase).
      const check = exact ? hits : hits.slice(0, PHRASE_CHECKS);
      const phrase = terms.length > 1 ? terms.join(' ') : null;
      const dropped = new Set<number>();
      for (const doc of check) {
        const entry = await this.entryOf(docs[doc]!.id);
        const exactScore = entry ? scoreEntry(entry, terms, phrase) : null;
        if (exactScore === null) dropped.add(doc);
        else score[doc] = exactScore;
      }
      const kept = hits.filter((doc) => !dropped.has(doc));
      const head = kept.slice(0, check.length - dropped.size).sort(byRank);
      return [...head, ...kept.slice(head.length)].map((doc) => docs[doc]!.id);
    }
    return hits.map((doc) => docs[doc]!.id);
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

  private live(): Doc[] {
    return this.docs.filter((d): d is Doc => d !== null);
  }

  private changed(): void {
    this.sorted = null;
    this.changes++;
    if (this.changes >= SAVE_AFTER_CHANGES && !this.saveTimer) {
      this.saveTimer = setTimeout(() => void this.flush(), 1000);
      this.saveTimer.unref();
    }
  }

  private add(article: Article, fingerprint: Fingerprint): void {
    this.drop(article.id);
    const doc = this.docs.length;
    this.docs.push({ id: article.id, summary: summariseArticle(article), importedMs: Date.parse(article.importedAt) || 0, ...fingerprint });
    this.signatures.push(minhashSignature(article.paragraphs));
    this.byId.set(article.id, doc);
    for (const [word, flags] of articleWords(article)) {
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

  /** Calls `visit` for every posting of every word that begins with `prefix`. */
  private postingsOf(prefix: string, visit: (doc: number, flags: number) => void): void {
    const { dict, offsets, postings } = this;
    for (let t = lowerBound(dict, prefix); t < dict.length && dict[t].startsWith(prefix); t++) {
      for (let p = offsets[t]; p < offsets[t + 1]; p++) visit(Math.floor(postings[p] / DOC_SHIFT), postings[p] % DOC_SHIFT);
    }
    for (const [word, list] of this.delta) {
      if (!word.startsWith(prefix)) continue;
      for (const posting of list) visit(Math.floor(posting / DOC_SHIFT), posting % DOC_SHIFT);
    }
  }

  /** The search entry of one article, read from its file without validation (only to look for words). */
  private async entryOf(id: string) {
    try {
      return searchEntry(JSON.parse(await readFile(join(this.files.dir, `${id}.json`), 'utf8')) as Article);
    } catch {
      return null;
    }
  }

  private async openNow(): Promise<void> {
    const rebuilt = !(await this.load());
    await mkdir(this.files.dir, { recursive: true });
    const names = (await readdir(this.files.dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
    const onDisk = new Set<string>();
    const stale: string[] = [];
    let next = 0;
    // Sizes and modification times, a few at a time: cheap next to reading and parsing every article.
    const worker = async () => {
      while (next < names.length) {
        const id = names[next++].slice(0, -5);
        if (!SAFE_ID.test(id)) continue;
        let info;
        try {
          info = await stat(join(this.files.dir, `${id}.json`));
        } catch {
          continue;
        }
        onDisk.add(id);
        const doc = this.byId.get(id);
        const known = doc === undefined ? null : this.docs[doc];
        if (!known || known.mtimeMs !== info.mtimeMs || known.size !== info.size) stale.push(id);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    let dropped = 0;
    for (const id of [...this.byId.keys()]) {
      if (!onDisk.has(id)) {
        this.drop(id);
        dropped++;
      }
    }
    for (const id of stale.sort()) {
      this.drop(id);
      const article = await this.files.read(id); // validated; a bad file is moved aside and reported
      if (!article) continue;
      let info;
      try {
        info = await stat(join(this.files.dir, `${id}.json`));
      } catch {
        continue;
      }
      this.add(article, { mtimeMs: info.mtimeMs, size: info.size });
    }
    this.lastRepair = { reread: stale.length, dropped, rebuilt };
    this.changes = stale.length + dropped;
    if (this.changes > 0) {
      this.saveTimer = setTimeout(() => void this.flush(), 1000);
      this.saveTimer.unref();
    }
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
        docs: [string, number, number, ArticleSummary][];
        dict: string[];
        postings: number;
      };
      if (header.format !== FORMAT) return false;
      let at = 8 + headerLength;
      at += (4 - (at % 4)) % 4;
      const words = (count: number) => {
        const view = new Uint32Array(count);
        const end = at + count * 4;
        if (end > bytes.length) throw new Error('index file cut short');
        view.set(new Uint32Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + end)));
        at = end;
        return view;
      };
      const offsets = words(header.dict.length + 1);
      const postings = words(header.postings);
      const signatures = words(header.docs.length * SIGNATURE_SIZE);
      if (at !== bytes.length || offsets[header.dict.length] !== header.postings) return false;
      this.docs = header.docs.map(([id, mtimeMs, size, summary]) => ({ id, summary, importedMs: Date.parse(summary.importedAt) || 0, mtimeMs, size }));
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
    let postings = new Uint32Array(Math.max(16, this.postings.length + deltaWords.reduce((n, w) => n + this.delta.get(w)!.length, 0)));
    let count = 0;
    const push = (posting: number) => {
      const doc = renumber[Math.floor(posting / DOC_SHIFT)];
      if (doc < 0) return;
      if (count === postings.length) {
        const grown = new Uint32Array(postings.length * 2);
        grown.set(postings);
        postings = grown;
      }
      postings[count++] = doc * DOC_SHIFT + (posting % DOC_SHIFT);
    };
    let b = 0;
    let d = 0;
    while (b < this.dict.length || d < deltaWords.length) {
      const word = d >= deltaWords.length || (b < this.dict.length && this.dict[b] <= deltaWords[d]) ? this.dict[b] : deltaWords[d];
      const start = count;
      if (b < this.dict.length && this.dict[b] === word) {
        for (let p = this.offsets[b]; p < this.offsets[b + 1]; p++) push(this.postings[p]);
        b++;
      }
      if (d < deltaWords.length && deltaWords[d] === word) {
        for (const posting of this.delta.get(word)!) push(posting);
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

    const header = Buffer.from(
      JSON.stringify({ format: FORMAT, docs: docs.map((doc) => [doc.id, doc.mtimeMs, doc.size, doc.summary]), dict, postings: count }),
      'utf8',
    );
    const pad = (4 - ((8 + header.length) % 4)) % 4;
    const signatureWords = new Uint32Array(docs.length * SIGNATURE_SIZE);
    signatures.forEach((s, i) => signatureWords.set(s, i * SIGNATURE_SIZE));
    const out = Buffer.alloc(8 + header.length + pad + (this.offsets.length + count + signatureWords.length) * 4);
    out.writeUInt32LE(MAGIC, 0);
    out.writeUInt32LE(header.length, 4);
    header.copy(out, 8);
    let at = 8 + header.length + pad;
    for (const part of [this.offsets, this.postings, signatureWords]) {
      Buffer.from(part.buffer, part.byteOffset, part.byteLength).copy(out, at);
      at += part.byteLength;
    }
    return out;
  }
}
