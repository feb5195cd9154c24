// Base64 for attachment bytes in backup files, in slices so no call builds a huge argument list.

const SLICE = 0x8000;

/** Encodes bytes; `bytes.length` may be anything, slices are cut on multiples of 3 so the pieces join cleanly. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const step = SLICE * 3;
  for (let i = 0; i < bytes.length; i += step) {
    const slice = bytes.subarray(i, i + step);
    let binary = '';
    for (let j = 0; j < slice.length; j += SLICE) binary += String.fromCharCode(...slice.subarray(j, j + SLICE));
    parts.push(btoa(binary));
  }
  return parts.join('');
}

const ALPHABET = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const PAD = 61; // '='

/**
 * Encodes bytes as base64 ASCII bytes, not a string: a backup export puts them straight into
 * a Blob, so hundreds of MB of attachments never pass through the JS heap as strings
 * (bench measurement 7: peak heap during export).
 */
export function bytesToBase64Ascii(bytes: Uint8Array, into?: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const length = Math.ceil(bytes.length / 3) * 4;
  // `into`, when large enough, is written over and a view of it returned: an export encodes
  // every attachment into one buffer (a Blob copies its parts when made).
  const out = into && into.length >= length ? into.subarray(0, length) : new Uint8Array(length);
  const whole = bytes.length - (bytes.length % 3);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = ALPHABET[n >>> 18] as number;
    out[o++] = ALPHABET[(n >>> 12) & 63] as number;
    out[o++] = ALPHABET[(n >>> 6) & 63] as number;
    out[o++] = ALPHABET[n & 63] as number;
  }
  const rest = bytes.length - whole;
  if (rest > 0) {
    const n = ((bytes[whole] as number) << 16) | (rest === 2 ? (bytes[whole + 1] as number) << 8 : 0);
    out[o++] = ALPHABET[n >>> 18] as number;
    out[o++] = ALPHABET[(n >>> 12) & 63] as number;
    out[o++] = rest === 2 ? (ALPHABET[(n >>> 6) & 63] as number) : PAD;
    out[o++] = PAD;
  }
  return out;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes base64, or returns null when the text is not valid base64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
  // Where the browser has it, decode straight into bytes: no binary string of each
  // attachment left on the JS heap (bench measurement 7: peak heap during import).
  const native = (Uint8Array as unknown as { fromBase64?: (t: string) => Uint8Array<ArrayBuffer> }).fromBase64;
  if (native) {
    try {
      return native.call(Uint8Array, text);
    } catch {
      return null;
    }
  }
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
