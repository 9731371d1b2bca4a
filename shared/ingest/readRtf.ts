/**
 * RTF (what news databases and Word users save) → text blocks: code pages (\ansicpg, and each font's
 * \fcharset), \uN Unicode escapes with their \ucN fallbacks skipped, table cells one block each,
 * footnotes read as text (after the body), hyperlink fields kept as links, pictures and objects skipped.
 *
 * Written here after measuring the npm candidates on the test exports: rtf.js (3.0.9) renders into a
 * DOM — it needs a global `document` — and runs a table's cells and the paragraphs around them
 * together ("HDHarcourt & Lyle…BYBy Amelia…"), so a Factiva table cannot be read back; rtf-parser
 * (1.3.3) is unmaintained since 2017 and built on Node streams; rtf-stream-parser only de-encapsulates
 * Outlook's RTF-wrapped HTML and text, also on Node streams. None runs platform-free and keeps cells apart.
 */
import { AppError } from '../model/errors';
import { cleanParagraph } from './cleanText';
import type { ExportLink } from './splitExport';

export const isRtf = (bytes: Uint8Array): boolean => bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '{\\rtf';

/** Destinations that hold no text of the document. */
const SKIP = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl',
  'footerr', 'footerf', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'themedata', 'colorschememapping', 'latentstyles',
  'datastore', 'mmathPr', 'pgdsctbl', 'revtbl', 'filetbl', 'fldinst', 'bkmkstart', 'bkmkend', 'shppict', 'nonshppict', 'blipuid', 'sp', 'sn', 'sv',
  'xe', 'tc', 'template', 'userprops', 'docvar', 'wgrffmtfilter', 'passwordhash', 'panose', 'falt',
]);

/** Windows character sets (\fcharsetN) → the code page their text is in: a fact of the RTF specification. */
const CHARSET_CODEPAGE = new Map<number, number>([
  [0, 1252], [128, 932], [129, 949], [134, 936], [136, 950], [161, 1253], [162, 1254], [163, 1258], [177, 1255], [178, 1256], [186, 1257],
  [204, 1251], [222, 874], [238, 1250],
]);
const CODEPAGE_LABEL = new Map<number, string>([[932, 'shift_jis'], [936, 'gbk'], [949, 'euc-kr'], [950, 'big5'], [10000, 'macintosh'], [437, 'ibm866']]);

const decoders = new Map<number, TextDecoder>();
function decoderFor(codepage: number): TextDecoder {
  let decoder = decoders.get(codepage);
  if (!decoder) {
    try {
      decoder = new TextDecoder(CODEPAGE_LABEL.get(codepage) ?? `windows-${codepage}`);
    } catch {
      decoder = new TextDecoder('windows-1252');
    }
    decoders.set(codepage, decoder);
  }
  return decoder;
}

const SYMBOLS = new Map<string, string>([
  ['emdash', '\u2014'], ['endash', '\u2013'], ['lquote', '\u2018'], ['rquote', '\u2019'], ['ldblquote', '\u201c'], ['rdblquote', '\u201d'],
  ['bullet', '\u2022'], ['emspace', ' '], ['enspace', ' '], ['qmspace', ' '], ['tab', '\t'],
]);
const BREAKS = new Set(['par', 'line', 'sect', 'page', 'cell', 'nestcell', 'row', 'nestrow']);

interface Group {
  skip: boolean;
  uc: number;
  codepage: number;
  /** Inside a footnote: its text goes to the notes. */
  note: boolean;
  /** Collects a field instruction (HYPERLINK "…"). */
  instruction: boolean;
  /** A field result shown as the link of the instruction before it. */
  link: string | null;
  /** Inside the font table: \fN\fcharsetM records the font's code page. */
  fontTable: boolean;
}

/** The text of an RTF file as blocks (paragraphs, table cells; footnotes last) and its hyperlinks. */
export function rtfBlocks(bytes: Uint8Array, maxChars = 100_000_000): { blocks: string[]; links: ExportLink[] } {
  if (!isRtf(bytes)) throw new AppError('corrupt', 'This RTF file is damaged: it does not start as Rich Text does.');
  const blocks: string[] = [];
  const notes: string[] = [];
  const links: ExportLink[] = [];
  const fonts = new Map<number, number>();
  let text = '';
  let note = '';
  let instruction = '';
  let linkText = '';
  let pendingBytes: number[] = [];
  let skipChars = 0;
  let group: Group = { skip: false, uc: 1, codepage: 1252, note: false, instruction: false, link: null, fontTable: false };
  const stack: Group[] = [];
  let fontNumber = -1;
  let produced = 0;

  const emit = (s: string) => {
    if (group.skip) return;
    if (group.instruction) {
      instruction += s;
      return;
    }
    produced += s.length;
    if (group.note) note += s;
    else text += s;
    if (group.link !== null) linkText += s;
  };
  const flushBytes = () => {
    if (pendingBytes.length === 0) return;
    const s = decoderFor(group.codepage).decode(new Uint8Array(pendingBytes));
    pendingBytes = [];
    emit(s);
  };
  const breakBlock = () => {
    flushBytes();
    if (group.note) {
      note += '\n';
      return;
    }
    const block = cleanParagraph(text);
    if (block) blocks.push(block);
    text = '';
  };

  const n = bytes.length;
  let i = 0;
  while (i < n) {
    if (produced > maxChars) throw new AppError('too-large', 'This RTF file holds more text than Briefwright imports at once.');
    const c = bytes[i];
    if (c === 0x7b /* { */) {
      flushBytes();
      stack.push(group);
      group = { ...group };
      i++;
      continue;
    }
    if (c === 0x7d /* } */) {
      flushBytes();
      const closing = group;
      group = stack.pop() ?? group;
      if (closing.instruction && !group.instruction) {
        const href = /HYPERLINK\s+(?:\\l\s+)?"([^"]*)"/i.exec(instruction)?.[1];
        // The result group that follows shows this link.
        if (href) group.link = href;
        instruction = '';
      }
      if (closing.link !== null && group.link === null) {
        links.push({ text: cleanParagraph(linkText), href: closing.link });
        linkText = '';
      }
      if (closing.note && !group.note && note.trim()) {
        notes.push(...note.split('\n').map(cleanParagraph).filter(Boolean));
        note = '';
      }
      i++;
      continue;
    }
    if (c === 0x5c /* \ */) {
      const next = bytes[i + 1];
      if (next === undefined) break;
      // \'hh: one byte in the current code page
      if (next === 0x27) {
        const hex = String.fromCharCode(bytes[i + 2] ?? 0, bytes[i + 3] ?? 0);
        i += 4;
        if (skipChars > 0) {
          skipChars--;
          continue;
        }
        const b = parseInt(hex, 16);
        if (!Number.isNaN(b) && !group.skip) pendingBytes.push(b);
        continue;
      }
      const isLetter = (b: number | undefined) => b !== undefined && ((b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a));
      if (!isLetter(next)) {
        // control symbols
        i += 2;
        if (next === 0x2a /* * */) {
          // an ignorable destination: skipped unless it is one whose text we read
          const word = /^\\([a-zA-Z]+)/.exec(String.fromCharCode(...bytes.subarray(i, i + 40)).replace(/^\s+/, ''))?.[1];
          if (word !== 'fldinst') group.skip = true;
          continue;
        }
        flushBytes();
        if (next === 0x0a || next === 0x0d) breakBlock();
        else if (next === 0x7e /* ~ */) emit('\u00a0');
        else if (next === 0x5f /* _ */) emit('\u2011');
        else if (next === 0x2d /* - */) continue;
        else if (next === 0x5c || next === 0x7b || next === 0x7d) emit(String.fromCharCode(next));
        continue;
      }
      let j = i + 1;
      while (isLetter(bytes[j])) j++;
      const word = String.fromCharCode(...bytes.subarray(i + 1, j));
      let k = j;
      if (bytes[k] === 0x2d || (bytes[k] >= 0x30 && bytes[k] <= 0x39)) {
        k++;
        while (bytes[k] >= 0x30 && bytes[k] <= 0x39) k++;
      }
      const param = k > j ? Number.parseInt(String.fromCharCode(...bytes.subarray(j, k)), 10) : null;
      if (bytes[k] === 0x20) k++;
      i = k;
      if (word === 'bin' && param !== null && param > 0) {
        i += param;
        continue;
      }
      if (word === 'u' && param !== null) {
        flushBytes();
        emit(String.fromCharCode(param < 0 ? param + 65536 : param));
        skipChars = group.uc;
        continue;
      }
      if (skipChars > 0 && !BREAKS.has(word)) {
        // a control word standing in as the \u fallback counts as one character
        skipChars--;
        continue;
      }
      if (SKIP.has(word)) {
        if (word === 'fldinst') {
          flushBytes();
          group.instruction = true;
        } else if (word === 'fonttbl') {
          group.fontTable = true;
          group.skip = true;
        } else group.skip = true;
        continue;
      }
      if (group.fontTable) {
        if (word === 'f' && param !== null) fontNumber = param;
        else if (word === 'fcharset' && param !== null && fontNumber >= 0) fonts.set(fontNumber, CHARSET_CODEPAGE.get(param) ?? 1252);
        else if (word === 'cpg' && param !== null && fontNumber >= 0) fonts.set(fontNumber, param);
        continue;
      }
      switch (word) {
        case 'ansicpg':
          if (param !== null) group.codepage = param;
          break;
        case 'mac':
          group.codepage = 10000;
          break;
        case 'f':
          flushBytes();
          if (param !== null && fonts.has(param)) group.codepage = fonts.get(param)!;
          break;
        case 'uc':
          if (param !== null) group.uc = Math.max(0, param);
          break;
        case 'footnote':
          flushBytes();
          group.note = true;
          break;
        default:
          if (BREAKS.has(word)) breakBlock();
          else if (SYMBOLS.has(word)) {
            flushBytes();
            emit(SYMBOLS.get(word)!);
          }
      }
      continue;
    }
    i++;
    if (c === 0x0a || c === 0x0d) continue;
    if (skipChars > 0) {
      skipChars--;
      continue;
    }
    if (group.skip) continue;
    if (c < 0x80) {
      flushBytes();
      emit(String.fromCharCode(c));
    } else pendingBytes.push(c);
  }
  breakBlock();
  if (note.trim()) notes.push(...note.split('\n').map(cleanParagraph).filter(Boolean));
  return { blocks: [...blocks, ...notes], links };
}
