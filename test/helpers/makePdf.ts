export interface Run {
  x: number;
  y: number;
  size?: number;
  text: string;
}

/** A small, valid PDF written by hand: one Helvetica text run per entry, one content stream per page. */
export function makePdf(pages: Run[][], options: { encrypt?: boolean; drawing?: boolean } = {}): Uint8Array {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const objects: string[] = [];
  const pageIds: number[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  let next = 4;
  for (const runs of pages) {
    const stream =
      runs.map((r) => `BT /F1 ${r.size ?? 11} Tf 1 0 0 1 ${r.x} ${r.y} Tm (${esc(r.text)}) Tj ET`).join('\n') +
      (options.drawing ? '\n0.5 g 72 72 468 648 re f' : '');
    const contentId = next++;
    const pageId = next++;
    objects[contentId] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`;
    pageIds.push(pageId);
  }
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let encryptRef = '';
  if (options.encrypt) {
    const id = next++;
    const hex = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
    objects[id] = `<< /Filter /Standard /V 1 /R 2 /O <${hex(11)}> /U <${hex(91)}> /P -4 >>`;
    encryptRef = ` /Encrypt ${id} 0 R /ID [<${hex(5).slice(0, 32)}> <${hex(5).slice(0, 32)}>]`;
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let i = 1; i < next; i++) {
    offsets[i] = out.length;
    out += `${i} 0 obj\n${objects[i]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${next}\n0000000000 65535 f \n`;
  for (let i = 1; i < next; i++) out += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${next} /Root 1 0 R${encryptRef} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Array.from(out, (c) => c.charCodeAt(0)));
}
