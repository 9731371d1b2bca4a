import { Document, Packer, Paragraph } from 'docx';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, parseBundle, withContentIds } from '../../electron/services/briefingBundle';
import { readTemplate } from '../../shared/docx/template';
import { ingestFile } from '../../shared/ingest/ingest';
import { ERROR_CODES, isAppError } from '../../shared/model/errors';
import { BUILT_IN_TEMPLATES } from '../../shared/templates/builtInTemplates';
import { parseTemplateFile, templateFileText } from '../../shared/templates/templateFile';
import { HARBOUR_ARTICLE, GRID_ARTICLE } from '../fixtures/articles';
import { pickedItem, seedArticle, seedBriefing } from '../helpers/editorLibrary';
import { makePdf } from '../helpers/makePdf';

/**
 * Fuzzing every file Briefwright accepts: articles (by name and by what detection finds in the bytes),
 * `.briefing` bundles, template .json files and organisation Word templates. Each input, random or a
 * valid file mutated, must give a result or an AppError with one of the app's codes, within LIMIT_MS:
 * never another exception, never a hang. Used by the short run in `npm test` and the long one in the bench.
 */

/** Generous on purpose: this catches hangs, it does not measure speed (a loaded CI machine is slow). */
export const LIMIT_MS = 30_000;

const encode = (text: string) => new TextEncoder().encode(text);

/** What one input gave: fine (a result or a coded error), or what went wrong. */
export type Outcome = { ok: true; code: string | null } | { ok: false; problem: string };

/** Runs one call with the time limit and sorts what came back. */
export async function settle(run: () => Promise<unknown> | unknown, limitMs = LIMIT_MS): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), limitMs)));
  try {
    const result = await Promise.race([Promise.resolve().then(run), limit]);
    if (result === 'hang') return { ok: false, problem: `no answer within ${limitMs / 1000} s` };
    return { ok: true, code: null };
  } catch (error) {
    if (isAppError(error) && (ERROR_CODES as readonly string[]).includes(error.code) && error.code !== 'internal') return { ok: true, code: error.code };
    return { ok: false, problem: `uncoded ${(error as Error)?.name ?? typeof error}: ${(error as Error)?.message ?? String(error)}` };
  } finally {
    clearTimeout(timer);
  }
}

// ---- Mutations ----

type Edit =
  | { op: 'set'; at: number; value: number }
  | { op: 'cut'; at: number; length: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'repeat'; at: number; length: number; times: number }
  | { op: 'truncate'; at: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 32 }) }),
  fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }), times: fc.integer({ min: 2, max: 50 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

/** `bytes` with the edits applied (positions wrap around the length). */
export function applyEdits(bytes: Uint8Array, edits: Edit[]): Uint8Array {
  let out = bytes;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % out.length;
    if (edit.op === 'set') {
      if (out.length === 0) continue;
      out = out.slice();
      out[at] = edit.value;
    } else if (edit.op === 'cut') out = new Uint8Array([...out.subarray(0, at), ...out.subarray(at + edit.length)]);
    else if (edit.op === 'insert') out = new Uint8Array([...out.subarray(0, at), ...edit.bytes, ...out.subarray(at)]);
    else if (edit.op === 'truncate') out = out.slice(0, at);
    else {
      const piece = out.subarray(at, at + edit.length);
      const repeated = new Uint8Array(piece.length * edit.times);
      for (let i = 0; i < edit.times; i++) repeated.set(piece, i * piece.length);
      out = new Uint8Array([...out.subarray(0, at), ...repeated, ...out.subarray(at)]);
    }
  }
  return out;
}

const editsArb = fc.array(editArb, { minLength: 1, maxLength: 8 });

/** Byte edits of a valid file. */
const mutatedBytes = (seed: Uint8Array) => editsArb.map((edits) => applyEdits(seed, edits));

/** A zip (docx, dotx) with one of its parts edited, zipped again so the damage is inside, past the checksums. */
function mutatedZipPart(seed: Uint8Array): fc.Arbitrary<Uint8Array> {
  const parts = unzipSync(seed);
  const names = Object.keys(parts).sort();
  return fc.tuple(fc.nat(), editsArb).map(([pick, edits]) => {
    const name = names[pick % names.length];
    return zipSync({ ...parts, [name]: applyEdits(parts[name], edits) });
  });
}

/** A JSON file with one value somewhere in it replaced by another of any kind. */
function mutatedJson(seedText: string): fc.Arbitrary<Uint8Array> {
  const paths: Array<Array<string | number>> = [];
  const walk = (value: unknown, path: Array<string | number>) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(JSON.parse(seedText), []);
  const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString');
  return fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 }), fc.option(hostileKey, { nil: null })).map(([pick, value, key]) => {
    const doc = JSON.parse(seedText) as unknown;
    const path = paths[pick % paths.length];
    if (path.length === 0) return encode(JSON.stringify(value));
    let parent = doc as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
    // A key such as "__proto__" is added as the text of a file would have it: an own key, not the prototype.
    if (key && !Array.isArray(parent)) Object.defineProperty(parent, key, { value, enumerable: true, configurable: true, writable: true });
    else parent[path[path.length - 1]] = value;
    return encode(JSON.stringify(doc));
  });
}

/** Random bytes, and random bytes that start like the format they claim to be. */
function randomBytes(prefixes: string[]): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 2048 }),
    fc.tuple(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 2048 })).map(([prefix, rest]) => new Uint8Array([...encode(prefix), ...rest])),
    fc.string({ unit: 'binary', maxLength: 1024 }).map(encode),
  );
}

// ---- Valid files to start from, made here ----

const EML = [
  'From: "Harbour Desk" <desk@ledger.example>',
  'To: analyst@example.org',
  'Subject: Harbour authority approves expansion',
  'Date: Tue, 24 Nov 2026 07:00:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'The Northport harbour authority approved an =C2=A318.2 billion expansion on Tuesday.',
  '',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>The Northport harbour authority approved an &pound;18.2 billion expansion on Tuesday.</p><p>“This is the decision,” said the chair.</p>',
  '--b1--',
  '',
].join('\r\n');

const RTF = '{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}\\f0 Harbour authority approves expansion\\par The Northport harbour authority approved an \\u163? 18.2 billion expansion on Tuesday.\\par}';

async function wordFile(paragraphs: string[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] })));
}

export interface Target {
  name: string;
  /** Inputs: random bytes and mutations of valid files. */
  inputs: fc.Arbitrary<Uint8Array>;
  /** What the app does with such a file. */
  run(bytes: Uint8Array): Promise<unknown> | unknown;
}

/** Every target, with the valid files they mutate made fresh. */
export async function fuzzTargets(): Promise<Target[]> {
  const harbourDocx = await wordFile(HARBOUR_ARTICLE.split('\n').filter(Boolean));
  const pdf = makePdf([
    [
      { x: 72, y: 720, size: 16, text: 'Harbour authority approves expansion' },
      { x: 72, y: 690, text: 'The Northport harbour authority approved an expansion on Tuesday.' },
      { x: 72, y: 676, text: 'The plan adds four deep-water berths and 10,000 jobs.' },
    ],
  ]);
  const wordTemplate = await wordFile(['{{title}}', 'Prepared for {{preparedFor}} on {{date}}', '{{classification}}', '{{body}}']);

  const article = seedArticle({ id: 'art_fuzz', title: 'Harbour authority approves expansion', paragraphs: ['The Northport harbour authority approved an expansion on Tuesday.', '“This is the decision,” said the chair.'] });
  const briefing = seedBriefing('Morning brief', '2026-11-25', { Ports: [pickedItem(article, 1, '“This is the decision,”', 'quote')], Outlook: [] });
  const bundleText = JSON.stringify({ format: BUNDLE_FORMAT, schemaVersion: BUNDLE_SCHEMA_VERSION, exportedAt: '2026-11-25T08:00:00.000Z', briefing, articles: [article] });
  const templateText = templateFileText(BUILT_IN_TEMPLATES[0]);

  const article_ = (name: string, seed: Uint8Array, prefixes: string[], zip = false): Target => ({
    name: `article ${name}`,
    inputs: fc.oneof(randomBytes(prefixes), mutatedBytes(seed), ...(zip ? [mutatedZipPart(seed)] : [])),
    run: (bytes) => ingestFile({ name, bytes }),
  });

  return [
    article_('story.txt', encode(HARBOUR_ARTICLE), ['date ', '\ufeff']),
    article_('page.html', encode(GRID_ARTICLE), ['<!doctype html>', '<html><body><p>', '<meta charset="windows-1252">']),
    article_('letter.eml', encode(EML), ['From: a@b.c\r\nSubject: x\r\n\r\n', 'Content-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\n']),
    article_('report.docx', harbourDocx, ['PK\u0003\u0004'], true),
    article_('paper.pdf', pdf, ['%PDF-1.4\n', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n']),
    article_('notes.rtf', encode(RTF), ['{\\rtf1\\ansi ', '{\\rtf1{\\*\\generator x;}']),
    // No extension, or one Briefwright does not know: format detection decides from the bytes.
    {
      name: 'article, format from the bytes',
      inputs: fc.oneof(randomBytes(['%PDF-1.4\n', 'PK\u0003\u0004', '<html>', '{\\rtf1 ', 'From: a@b.c\r\n\r\n']), mutatedBytes(encode(EML)), mutatedBytes(pdf), mutatedBytes(harbourDocx)),
      run: (bytes) => ingestFile({ name: 'download', bytes }),
    },
    {
      name: '.briefing bundle',
      inputs: fc.oneof(randomBytes(['{"format":"briefwright-briefing","schemaVersion":1,']), mutatedBytes(encode(bundleText)), mutatedJson(bundleText)),
      run: async (bytes) => withContentIds(parseBundle('shared.briefing', bytes)),
    },
    {
      name: 'template .json',
      inputs: fc.oneof(randomBytes(['{"schemaVersion":']), mutatedBytes(encode(templateText)), mutatedJson(templateText)),
      run: (bytes) => parseTemplateFile(new TextDecoder().decode(bytes)),
    },
    {
      name: 'organisation Word template',
      inputs: fc.oneof(randomBytes(['PK\u0003\u0004']), mutatedBytes(wordTemplate), mutatedZipPart(wordTemplate)),
      run: (bytes) => readTemplate(bytes),
    },
  ];
}

/** Runs `numRuns` inputs against a target with fast-check (seeded: the same inputs every time). */
export async function fuzz(target: Target, options: { numRuns: number; seed: number }): Promise<{ runs: number; codes: Map<string, number> }> {
  const codes = new Map<string, number>();
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(target.inputs, async (bytes) => {
      const outcome = await settle(() => target.run(bytes));
      if (!outcome.ok) throw new Error(`${target.name}: ${outcome.problem}`);
      runs++;
      const key = outcome.code ?? 'ok';
      codes.set(key, (codes.get(key) ?? 0) + 1);
    }),
    { numRuns: options.numRuns, seed: options.seed, endOnFailure: true },
  );
  return { runs, codes };
}
