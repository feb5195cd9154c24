import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64, bytesToBase64Ascii } from './base64';

const ascii = (bytes: Uint8Array) => new TextDecoder().decode(bytesToBase64Ascii(bytes));

describe('base64', () => {
  it('encodes the RFC 4648 test vectors as ASCII bytes', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['foob', 'Zm9vYg=='], ['fooba', 'Zm9vYmE='], ['foobar', 'Zm9vYmFy']];
    for (const [plain, encoded] of vectors) expect(ascii(new TextEncoder().encode(plain))).toBe(encoded);
  });

  it('ASCII and string encoders agree, and decoding gives the bytes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const text = ascii(bytes);
        expect(text).toBe(bytesToBase64(bytes));
        expect(Array.from(base64ToBytes(text) ?? [])).toEqual(Array.from(bytes));
      }),
    );
  });

  it('encodes into a reused buffer exactly as into a new one, long or short, one after another (property)', () => {
    const reused = new Uint8Array(4000);
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 3000 }), { maxLength: 5 }), (inputs) => {
        for (const bytes of inputs) expect(new TextDecoder().decode(bytesToBase64Ascii(bytes, reused))).toBe(bytesToBase64(bytes));
      }),
    );
    expect(bytesToBase64Ascii(new Uint8Array(3), new Uint8Array(2)).length).toBe(4); // too small: a new buffer
  });

  describe("with the browser's Uint8Array.fromBase64", () => {
    const U8 = Uint8Array as unknown as { fromBase64?: unknown };
    const had = U8.fromBase64;
    afterEach(() => {
      U8.fromBase64 = had;
    });
    it('uses it, and says null when it refuses the text', () => {
      U8.fromBase64 = function (this: unknown, text: string) {
        if (this !== Uint8Array) throw new TypeError('unbound');
        if (text === 'AAAB') throw new SyntaxError('bad padding bits');
        return new Uint8Array([42]);
      };
      expect(Array.from(base64ToBytes('Zm9v') ?? [])).toEqual([42]);
      expect(base64ToBytes('AAAB')).toBeNull();
      expect(base64ToBytes('not base64!')).toBeNull();
    });
  });
});
