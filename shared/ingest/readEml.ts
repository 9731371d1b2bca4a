import { AppError } from '../model/errors';
import { emptyDraft, offer } from './draft';
import type { Draft } from './draft';
import { decodeHeader, leafParts, parsePart, partText } from './mime';
import { parseDate } from './parseDate';
import { readHtml } from './readHtml';
import { readText } from './readText';
import { readHead } from './textHead';
import { senderName } from './textHeaders';

/** "Fwd: [Briefing] Morning news" → "Morning news". */
const cleanSubject = (s: string | null) => (s ? s.replace(/^((re|fwd?|aw|wg|tr)\s*:\s*|\[[^\]]{1,40}\]\s*)+/i, '').trim() || null : null);

const HEAD_FIELDS = ['title', 'byline', 'bylineRole', 'publication', 'published'] as const;

/** A newsletter's own head (masthead and date line, headline, byline) above the story beats the page's <title>. */
function withHead(draft: Draft): Draft {
  const head = emptyDraft();
  draft.paragraphs = readHead(draft.paragraphs, head);
  for (const field of HEAD_FIELDS) {
    if (head[field] == null) continue;
    draft[field] = head[field];
    draft.origin[field] = head.origin[field];
  }
  return draft;
}

/** An e-mail (newsletter) → Draft: the HTML part, else the text part; Subject, From and Date as fallbacks. */
export function readEml(message: string): Draft {
  const root = parsePart(message);
  const leaves = leafParts(root);
  const isType = (p: (typeof leaves)[number], t: string) => (p.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith(t);
  const attachment = (p: (typeof leaves)[number]) => /attachment/i.test(p.headers.get('content-disposition') ?? '');
  const html = leaves.find((p) => isType(p, 'text/html') && !attachment(p));
  const plain = leaves.find((p) => isType(p, 'text/plain') && !attachment(p));
  let draft: Draft;
  if (html) draft = withHead(readHtml(partText(html)));
  else if (plain) draft = readText(partText(plain));
  else throw new AppError('no-text', 'This e-mail has no text or HTML part to read.');
  offer(draft, 'title', cleanSubject(decodeHeader(root.headers.get('subject'))), 'email-subject');
  offer(draft, 'publication', senderName(decodeHeader(root.headers.get('from'))), 'email-from');
  offer(draft, 'published', parseDate(root.headers.get('date')), 'email-date');
  return draft;
}
