import { fromBase64 } from '../../app/base64';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Hands a file the core made to the person: a Blob behind an `<a download>`, clicked once. */
export function downloadBase64(fileName: string, base64: string, type = DOCX_TYPE): void {
  const bytes = fromBase64(base64);
  const blob = new Blob([bytes.buffer as ArrayBuffer], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
