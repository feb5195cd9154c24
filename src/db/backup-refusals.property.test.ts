// Random damage to a good backup (members deleted, renamed or retyped at any depth, with the
// digest sealed again or not; the text cut, spliced with garbage or given a key that could
// poison objects; random bytes; an empty file): whatever is refused is refused with a
// BackupFormatError a clerk can read, and the database is exactly as before.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupDigest, BackupFormatError } from '../domain/backup-format';
import { keysOf, unplainReasons } from '../domain/backup-wording.testing';
import { dumpDatabase, fullDataset, writeDataset } from './backup-fixtures';
import { exportBackup, previewBackup } from './backup-repo';
import { freshDatabase } from './test-db';
import type { BinhXetDatabase } from './database';

const RUNS = 800;
type Json = Record<string, unknown> | unknown[];

let database: BinhXetDatabase;
let goodText: string;
let englishNames: Set<string>;
let before: Record<string, unknown[]>;

beforeAll(async () => {
  database = freshDatabase();
  await writeDataset(database, await fullDataset());
  goodText = await (await exportBackup()).blob.text();
  englishNames = keysOf(JSON.parse(goodText));
  before = await dumpDatabase(database);
});

/** Own property, even for "__proto__", which a plain assignment would turn into a prototype. */
function setOwn(target: Json, key: string | number, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Follows `choices` down the file to a member; returns its container and key. */
function walk(root: Json, choices: number[]): { parent: Json; key: string | number } {
  let parent: Json = root;
  let key: string | number = Object.keys(root)[(choices[0] ?? 0) % Object.keys(root).length] ?? 'format';
  for (const choice of choices.slice(1)) {
    const node = (parent as Record<string | number, unknown>)[key];
    if (!node || typeof node !== 'object') break;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Json;
    key = keys[choice % keys.length] ?? 0;
  }
  return { parent, key };
}

const memberDamage = fc.record({
  kind: fc.constant('member' as const),
  // Most damage lands inside the records, where most of the file is.
  inData: fc.constantFrom(false, true, true),
  choices: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  op: fc.constantFrom('delete', 'rename', 'retype'),
  newName: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'Data', 'formatversion')),
  newValue: fc.jsonValue({ maxDepth: 2 }),
  reseal: fc.boolean(),
});
const textDamage = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('poison' as const), nth: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'prototype') }),
  fc.record({ kind: fc.constant('bytes' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.constant({ kind: 'empty' as const }),
);

const damageArb = fc.oneof(memberDamage, textDamage);
type Damage = typeof damageArb extends fc.Arbitrary<infer T> ? T : never;

async function damagedFile(damage: Damage): Promise<Blob> {
  const text = goodText;
  switch (damage.kind) {
    case 'truncate':
      return new Blob([text.slice(0, Math.floor(damage.at * text.length))]);
    case 'splice': {
      const at = Math.floor(damage.at * text.length);
      return new Blob([text.slice(0, at), damage.text, text.slice(at)]);
    }
    case 'poison': {
      const braces = [...text.matchAll(/\{/g)].map((m) => m.index);
      const at = (braces[damage.nth % braces.length] ?? 0) + 1;
      return new Blob([text.slice(0, at), `"${damage.key}":{"polluted":true},`, text.slice(at)]);
    }
    case 'bytes':
      return new Blob([damage.bytes as Uint8Array<ArrayBuffer>]);
    case 'empty':
      return new Blob([]);
    case 'member': {
      const file = JSON.parse(text) as Record<string, unknown>;
      const { parent, key } = damage.inData && file.data && typeof file.data === 'object' ? walk(file.data as Json, damage.choices) : walk(file, damage.choices);
      const value = (parent as Record<string | number, unknown>)[key];
      if (Array.isArray(parent) && damage.op !== 'retype') parent.splice(Number(key), 1);
      else if (damage.op === 'retype') setOwn(parent, key, damage.newValue);
      else {
        Reflect.deleteProperty(parent, key);
        if (damage.op === 'rename') setOwn(parent, damage.newName, value);
      }
      if (damage.reseal) {
        const entries = Array.isArray(file.attachments) ? file.attachments.map((a: unknown) => (a && typeof a === 'object' ? { ...a, base64: undefined } : a)) : [];
        file.integrity = { algorithm: 'SHA-256', digest: await backupDigest(file.data, entries as never) };
      }
      return new Blob([JSON.stringify(file)]);
    }
  }
}

describe('a damaged backup file', () => {
  it('is refused in plain Vietnamese, and the database is unchanged', async () => {
    let refusals = 0;
    await fc.assert(
      fc.asyncProperty(damageArb, async (damage) => {
        const error = await previewBackup(await damagedFile(damage)).then(
          () => null,
          (e: unknown) => e,
        );
        if (error === null) return; // harmless damage (an optional field removed and sealed again)
        refusals++;
        expect(error).toBeInstanceOf(BackupFormatError);
        const { message, details } = error as BackupFormatError;
        for (const text of [message, ...details]) expect(unplainReasons(text, englishNames), text).toEqual([]);
        expect(message).toMatch(/Hãy /);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(await dumpDatabase(database)).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    expect(refusals).toBeGreaterThan(RUNS * 0.7);
  });
});
