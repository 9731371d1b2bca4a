import { briefingToHtml, briefingToText } from '../../shared/docx/emailCopy';
import { briefingToMarkdown } from '../../shared/docx/markdown';
import type { Briefing } from '../../shared/model/briefing';
import { docxFileName } from './exportBriefing';

/** The briefing as a Markdown file in its own export style, named like its Word file. */
export function markdownFile(briefing: Briefing): { fileName: string; bytes: Uint8Array } {
  const markdown = briefingToMarkdown(briefing, briefing.exportOptions);
  return { fileName: docxFileName(briefing).replace(/\.docx$/, '.md'), bytes: new TextEncoder().encode(markdown) };
}

/** The briefing for "Copy for email": inline-styled HTML, and plain text for mail programs that take no HTML. */
export function emailCopy(briefing: Briefing): { html: string; text: string } {
  return { html: briefingToHtml(briefing, briefing.exportOptions), text: briefingToText(briefing, briefing.exportOptions) };
}
