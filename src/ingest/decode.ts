/** Bytes → text with clear errors for binary, invalid UTF-8 and oversize input. */
import { InputError } from './article.js';

/** Largest input accepted, in bytes. A news article is rarely over 200 kB. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Throws the "over the limit" InputError for an input of `byteLength` bytes (readers call it before reading a file). */
export function checkSize(byteLength: number, name: string, maxBytes = MAX_INPUT_BYTES): void {
  if (byteLength > maxBytes) {
    throw new InputError(
      `${name}: ${(byteLength / 1048576).toFixed(1)} MB is over the ${maxBytes / 1048576} MB limit for one input; split it into articles.`,
    );
  }
}

export function decodeText(bytes: Uint8Array, name: string, maxBytes = MAX_INPUT_BYTES): string {
  checkSize(bytes.byteLength, name, maxBytes);
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError(`${name}: looks like a binary file (NUL bytes), not article text.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(`${name}: is not valid UTF-8 text; convert it to UTF-8 first.`);
  }
}
