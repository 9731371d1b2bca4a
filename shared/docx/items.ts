import { Paragraph, TextRun } from 'docx';
import type { Item } from '../model/briefing';
import { describeSource } from './sources';
import { STYLE } from './styles';

function body(item: Item): Paragraph {
  if (item.kind === 'quote') {
    return new Paragraph({ style: STYLE.quote, children: [new TextRun(`“${item.text}”`)] });
  }
  return new Paragraph({ children: [new TextRun(item.text)] });
}

/** One item: its text, then its source named beneath. */
export function itemParagraphs(item: Item): Paragraph[] {
  const paragraphs = [body(item)];
  const source = describeSource(item.source);
  if (source) paragraphs.push(new Paragraph({ style: STYLE.caption, children: [new TextRun(`Source: ${source}`)] }));
  return paragraphs;
}
