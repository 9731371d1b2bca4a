/** Elements that close themselves or are closed implicitly: they never deepen the tree we track. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const IMPLIED = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp', 'colgroup', 'caption']);

const TOKEN = /<!--[\s\S]*?-->|<(script|style|textarea|title|xmp)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)\b[^>]*>/g;

/**
 * Removes the tags of elements nested deeper than `maxDepth` (their text stays), so that a
 * hostile page of thousands of nested elements cannot make parsing or Readability take minutes.
 * Pages of ordinary depth come back unchanged.
 */
export function limitNesting(html: string, maxDepth = 60): string {
  const stack: Array<{ name: string; dropped: boolean }> = [];
  let out = '';
  let last = 0;
  let changed = false;
  for (const m of html.matchAll(TOKEN)) {
    const name = m[3]?.toLowerCase();
    if (!name) continue; // a comment or a raw-text element
    const closing = m[2] === '/';
    const selfClosing = m[0].endsWith('/>');
    if (VOID.has(name) || IMPLIED.has(name) || selfClosing) continue;
    let drop = false;
    if (!closing) {
      drop = stack.length >= maxDepth;
      stack.push({ name, dropped: drop });
    } else {
      let i = stack.length - 1;
      while (i >= 0 && stack[i].name !== name) i--;
      if (i < 0) continue;
      drop = stack[i].dropped;
      stack.length = i;
    }
    if (drop) {
      out += html.slice(last, m.index);
      last = (m.index ?? 0) + m[0].length;
      changed = true;
    }
  }
  return changed ? out + html.slice(last) : html;
}
