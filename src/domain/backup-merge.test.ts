import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyBackupData, type BackupData, type BackupRecord } from './backup-format';
import { decideRecord, planMerge } from './backup-merge';

const unit = (over: Partial<BackupRecord> & { id: string }): BackupRecord => ({
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  rev: 1,
  name: 'Ấp Một',
  kind: 'ap',
  ...over,
});
const ID = '01900000-0000-7000-8000-000000000001';

describe('merge rules, record by record', () => {
  it('adds what is not here, keeps what is the same', () => {
    expect(decideRecord('units', undefined, unit({ id: ID })).outcome).toBe('new');
    expect(decideRecord('units', unit({ id: ID }), unit({ id: ID, rev: 5 })).outcome).toBe('unchanged');
  });
  it('the newer updatedAt wins, with a revision above the local one', () => {
    const local = unit({ id: ID, rev: 4, name: 'cũ' });
    const incoming = unit({ id: ID, rev: 2, name: 'mới', updatedAt: '2025-02-01T00:00:00.000Z' });
    const d = decideRecord('units', local, incoming);
    expect(d.outcome).toBe('updated');
    expect(d.write).toMatchObject({ name: 'mới', rev: 5 });
    expect(decideRecord('units', incoming, local).outcome).toBe('kept');
  });
  it('a deletion here is not undone by an older copy, and is a conflict against a later edit', () => {
    const deleted = unit({ id: ID, rev: 2, deletedAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z' });
    expect(decideRecord('units', deleted, unit({ id: ID, name: 'khác' })).outcome).toBe('kept');
    const later = decideRecord('units', deleted, unit({ id: ID, rev: 3, name: 'sửa sau', updatedAt: '2025-04-01T00:00:00.000Z' }));
    expect(later).toMatchObject({ outcome: 'conflict', write: null, conflict: { winner: 'local' } });
  });
  it('a deletion in the file deletes here, and says so when the local copy was edited after it', () => {
    const incoming = unit({ id: ID, rev: 2, deletedAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z' });
    expect(decideRecord('units', unit({ id: ID }), incoming).outcome).toBe('updated');
    const edited = unit({ id: ID, rev: 3, name: 'sửa', updatedAt: '2025-05-01T00:00:00.000Z' });
    const d = decideRecord('units', edited, incoming);
    expect(d.outcome).toBe('conflict');
    expect(d.write?.deletedAt).toBe('2025-03-01T00:00:00.000Z');
  });
  it('both PCs edited the same revision: conflict, the later edit wins', () => {
    const local = unit({ id: ID, rev: 2, name: 'máy 1', updatedAt: '2025-02-01T00:00:00.000Z' });
    const incoming = unit({ id: ID, rev: 2, name: 'máy 2', updatedAt: '2025-02-02T00:00:00.000Z' });
    expect(decideRecord('units', local, incoming)).toMatchObject({ outcome: 'conflict', write: { name: 'máy 2' }, conflict: { winner: 'incoming' } });
  });
  it('ballots never change', () => {
    const b = { id: 'b', roundId: ID, agree: [] };
    expect(decideRecord('ballots', b, { ...b, agree: [ID] }).outcome).toBe('conflict');
    expect(decideRecord('ballots', b, { ...b, agree: [ID] }).write).toBeNull();
  });
});

const times = fc.constantFrom('2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z');
const record = fc.record({
  id: fc.constantFrom(ID, '01900000-0000-7000-8000-000000000002', '01900000-0000-7000-8000-000000000003'),
  updatedAt: times,
  rev: fc.integer({ min: 1, max: 4 }),
  name: fc.constantFrom('A', 'B'),
  deleted: fc.option(times, { nil: undefined }),
}).map(({ deleted, ...r }) => unit(deleted ? { ...r, deletedAt: deleted, updatedAt: deleted > r.updatedAt ? deleted : r.updatedAt } : r));
const dataOf = (units: BackupRecord[]): BackupData => ({ ...emptyBackupData(), units: [...new Map(units.map((u) => [u.id, u])).values()] });

function apply(local: BackupData, incoming: BackupData): BackupData {
  const map = new Map(local.units.map((u) => [u.id, u]));
  for (const w of planMerge(incoming, (_c, id) => map.get(id)).writes.units) map.set(w.id, w);
  return { ...local, units: [...map.values()] };
}

describe('merge properties', () => {
  it('merging the same file twice writes nothing the second time', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.array(record, { maxLength: 6 }), (l, i) => {
        const once = apply(dataOf(l), dataOf(i));
        const map = new Map(once.units.map((u) => [u.id, u]));
        expect(planMerge(dataOf(i), (_c, id) => map.get(id)).writes.units).toEqual([]);
      }),
    );
  });
  it('nothing deleted on either side comes back', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.array(record, { maxLength: 6 }), (l, i) => {
        const merged = apply(dataOf(l), dataOf(i));
        const deleted = new Set([...dataOf(l).units, ...dataOf(i).units].filter((u) => u.deletedAt).map((u) => u.id));
        for (const u of merged.units) if (deleted.has(u.id)) expect(u.deletedAt).toBeTruthy();
      }),
    );
  });
  it('merging into an empty database takes everything as new', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), (i) => {
        const plan = planMerge(dataOf(i), () => undefined);
        expect(plan.counts.units.new).toBe(dataOf(i).units.length);
        expect(plan.conflicts).toEqual([]);
      }),
    );
  });
});
