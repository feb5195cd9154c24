import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JsonStreamError, streamJsonObject } from './json-stream';

async function pieces(text: string | Uint8Array, chunkBytes: number) {
  const members: Record<string, unknown> = {};
  const elements: unknown[] = [];
  await streamJsonObject(new Blob([text as BlobPart]), {
    chunkBytes,
    splitArrays: ['attachments'],
    onMember: (k, raw) => void (members[k] = JSON.parse(raw)),
    onElement: (_k, _i, raw) => void elements.push(JSON.parse(raw)),
  });
  return { members, elements };
}

describe('streaming a JSON object', () => {
  it('gives the same members and elements whatever the chunk size (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string().filter((k) => k !== 'attachments' && k !== '__proto__'), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 4 }),
        fc.array(fc.record({ id: fc.string(), base64: fc.string() }), { maxLength: 4 }),
        fc.integer({ min: 1, max: 64 }),
        fc.boolean(),
        async (members, attachments, chunk, pretty) => {
          const object = { ...members, attachments };
          const text = pretty ? JSON.stringify(object, null, 2) : JSON.stringify(object);
          const got = await pieces(text, chunk);
          expect(got.elements).toEqual(JSON.parse(JSON.stringify(attachments)));
          expect(got.members).toEqual(JSON.parse(JSON.stringify(members)));
        },
      ),
      { numRuns: 150 },
    );
  });
  it('splits multi-byte Vietnamese characters across chunks correctly', async () => {
    const text = JSON.stringify({ name: 'Nguyễn Thị Hồng Nhung — Ủy ban', attachments: [{ n: 'Đơn vị' }] });
    expect(await pieces(new TextEncoder().encode(text), 3)).toEqual({ members: { name: 'Nguyễn Thị Hồng Nhung — Ủy ban' }, elements: [{ n: 'Đơn vị' }] });
  });
  it('accepts a byte-order mark and an empty split array', async () => {
    expect(await pieces('\uFEFF{"attachments":[],"a":1}', 5)).toEqual({ members: { a: 1 }, elements: [] });
  });
  it.each([
    ['', 'empty'],
    ['[1,2]', 'not-json'],
    ['{"a":1', 'truncated'],
    ['{"a":"abc', 'truncated'],
    ['{"a":1}}', 'syntax'],
    ['{"a":1,}', 'syntax'],
    ['{"a" 1}', 'syntax'],
    ['{"a":[1}', 'syntax'],
  ])('%j is refused as %s', async (text, problem) => {
    const error = await pieces(text, 4).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(JsonStreamError);
    expect((error as JsonStreamError).problem).toBe(problem);
  });
  it('refuses deep nesting before parsing it, naming the member', async () => {
    const error = (await pieces(`{"data":${'['.repeat(100)}${']'.repeat(100)}}`, 16).catch((e: unknown) => e)) as JsonStreamError;
    expect(error.problem).toBe('too-deep');
    expect(error.where.key).toBe('data');
  });
  it('stops when cancelled', async () => {
    const abort = new AbortController();
    abort.abort(new Error('huỷ'));
    await expect(streamJsonObject(new Blob(['{"a":1}']), { signal: abort.signal, onMember: () => undefined })).rejects.toThrow('huỷ');
  });
});
