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

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes base64, or returns null when the text is not valid base64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
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
