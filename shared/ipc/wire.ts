import { fromBase64, isBytes, toBase64 } from '../model/base64';

/**
 * JSON for the HTTP edge alone. Handlers take and give bytes (`Uint8Array`); over IPC they travel as
 * they are, and only over HTTP does a byte array become `{"$bytes": "<base64>"}` and back.
 */
const TAG = '$bytes';

export interface Base64Codec {
  encode(bytes: Uint8Array): string;
  decode(base64: string): Uint8Array;
}

const portable: Base64Codec = { encode: toBase64, decode: fromBase64 };

function isTagged(value: unknown): value is { [TAG]: string } {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[TAG] === 'string' && Object.keys(value).length === 1;
}

/** A value as JSON text, its byte arrays as tagged base64. */
export function toWireJson(value: unknown, codec: Base64Codec = portable): string {
  return JSON.stringify(value ?? {}, function (this: Record<string, unknown>, key: string, converted: unknown) {
    const raw = this[key];
    return isBytes(raw) ? { [TAG]: codec.encode(raw) } : converted;
  });
}

/** JSON text back into a value, its tagged base64 back into byte arrays. Throws on text that is not JSON. */
export function fromWireJson(text: string, codec: Base64Codec = portable): unknown {
  return JSON.parse(text, (_key, value: unknown) => (isTagged(value) ? codec.decode(value[TAG]) : value));
}
