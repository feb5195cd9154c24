import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backupDigest, canonicalJson, sha256Hex } from './backup-format';

describe('canonical JSON', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
  });
  it('does not depend on key order or layout, and survives a JSON round trip (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const reparsed = JSON.parse(JSON.stringify(value, null, 1)) as unknown;
        expect(canonicalJson(reparsed)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(reparsed);
      }),
    );
  });
  it('the digest is the SHA-256 of the canonical text, however large (property, and a file past the 1 MB pieces)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect(await backupDigest(value, [])).toBe(await sha256Hex(canonicalJson({ data: value, attachments: [] })));
      }),
      { numRuns: 50 },
    );
    const evidence = Array.from({ length: 12_000 }, (_, i) => ({ id: `e${i}`, description: `Hoàn thành nhiệm vụ cải cách hành chính số ${i}: tiếp nhận đúng hạn, hỗ trợ người dân.`, note: undefined }));
    const text = canonicalJson({ data: { evidence }, attachments: [] });
    expect(text.length).toBeGreaterThan(1 << 20);
    expect(await backupDigest({ evidence }, [])).toBe(await sha256Hex(text));
  });
  it('the digest changes with any change to the data or the attachments list', async () => {
    const meta = { id: '01900000-0000-7000-8000-000000000001', name: 'a.pdf', type: 'application/pdf', size: 3, sha256: 'a'.repeat(64) };
    const base = await backupDigest({ units: [{ id: 'x', name: 'A' }] }, [meta]);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(await backupDigest({ units: [{ name: 'A', id: 'x' }] }, [meta])).toBe(base);
    expect(await backupDigest({ units: [{ id: 'x', name: 'B' }] }, [meta])).not.toBe(base);
    expect(await backupDigest({ units: [{ id: 'x', name: 'A' }] }, [{ ...meta, sha256: 'b'.repeat(64) }])).not.toBe(base);
  });
});
