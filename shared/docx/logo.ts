import { ImageRun } from 'docx';
import { AppError } from '../model/errors';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function decodeBase64(base64: string): Uint8Array {
  const clean = base64.replace(/^data:image\/png;base64,/i, '').replace(/\s+/g, '');
  let binary: string;
  try {
    binary = atob(clean);
  } catch (cause) {
    throw new AppError('invalid-input', 'The logo could not be read: give it as a PNG image.', { cause });
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The organisation's logo for the cover, scaled to fit 200 × 80 px and keeping its proportions. */
export function logoRun(base64Png: string): ImageRun {
  const bytes = decodeBase64(base64Png);
  const isPng = bytes.length >= 24 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
  if (!isPng) throw new AppError('invalid-input', 'The logo is not a PNG image. Save it as PNG and choose it again.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width === 0 || height === 0) throw new AppError('invalid-input', 'The logo PNG is damaged: it has no size.');
  const scale = Math.min(200 / width, 80 / height, 1);
  return new ImageRun({
    type: 'png',
    data: bytes,
    transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
    altText: { name: 'Logo', description: 'Organisation logo', title: 'Logo' },
  });
}
