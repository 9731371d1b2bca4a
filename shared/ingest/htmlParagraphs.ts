import { cleanParagraph } from './cleanText';

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'FIGURE', 'HR', 'ADDRESS', 'CENTER',
  'DETAILS', 'SUMMARY', 'FORM', 'FIELDSET', 'BODY', 'HTML',
]);
/** Never text of the story: captions, code of the page, controls. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'FIGCAPTION', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'SOURCE']);

/**
 * An element's text as paragraphs: each block element (and each run of inline text between blocks)
 * becomes one paragraph; a <br> ends a line within it. Walks with an explicit stack, so a deeply
 * nested page cannot overflow the call stack.
 */
export function htmlParagraphs(root: Node, maxNodes = 500_000): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    const p = cleanParagraph(buf);
    if (p) out.push(p);
    buf = '';
  };
  type Frame = { node: Node; exit: boolean };
  const stack: Frame[] = [{ node: root, exit: false }];
  let seen = 0;
  while (stack.length) {
    const { node, exit } = stack.pop() as Frame;
    if (++seen > maxNodes) break;
    if (node.nodeType === 3) {
      buf += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName?.toUpperCase?.() ?? '';
    if (exit) {
      if (BLOCK.has(tag)) flush();
      continue;
    }
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      buf += ' ';
      continue;
    }
    if (BLOCK.has(tag)) {
      flush();
      stack.push({ node, exit: true });
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }
  flush();
  return out;
}
