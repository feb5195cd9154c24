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

describe('a round closed on this PC is never overwritten or reopened by a merge (#16, defect 6)', () => {
  const SESSION = '01900000-0000-7000-8000-0000000000a1';
  const ROUND = '01900000-0000-7000-8000-0000000000b2';
  const NOMINEE = '01900000-0000-7000-8000-0000000000c3';
  const session = { id: SESSION, createdAt: '2025-01-14T01:00:00.000Z', updatedAt: '2025-01-14T01:00:00.000Z', rev: 1, date: '2025-01-14' };
  const closed = (over: Record<string, unknown> = {}): BackupRecord => ({
    id: ROUND,
    createdAt: '2025-01-14T02:00:00.000Z',
    updatedAt: '2025-01-14T03:00:00.000Z',
    rev: 4,
    sessionId: SESSION,
    number: 2,
    category: 'individual',
    candidateIds: [NOMINEE],
    quota: 1,
    status: 'closed',
    tally: { issued: 9, returned: 9, valid: 9, invalid: 0, perCandidate: { [NOMINEE]: { agree: 7, disagree: 2 } } },
    votedMemberIds: [],
    closedAt: '2025-01-14T03:00:00.000Z',
    ...over,
  });
  const later = '2025-01-20T00:00:00.000Z';
  const dataWith = (rounds: BackupRecord[], ballots: BackupRecord[] = []): BackupData => ({ ...emptyBackupData(), rounds, ballots });
  const lookup = (records: Partial<Record<string, BackupRecord[]>>) => (c: string, id: string) => records[c]?.find((r) => r.id === id);
  const SAY = 'Vòng 2 (Cá nhân) của phiên họp ngày 14/01/2025 đã kết thúc trên máy này; bản trong tệp khác — giữ bản trên máy.';

  it('a newer copy with a different count is a conflict, named in Vietnamese, and the local round stays', () => {
    const incoming = closed({ updatedAt: later, rev: 9, tally: { issued: 9, returned: 9, valid: 9, invalid: 0, perCandidate: { [NOMINEE]: { agree: 4, disagree: 5 } } } });
    const plan = planMerge(dataWith([incoming]), lookup({ rounds: [closed()], sessions: [session] }));
    expect(plan.writes.rounds).toEqual([]);
    expect(plan.counts.rounds).toMatchObject({ conflict: 1, updated: 0 });
    expect(plan.conflicts).toEqual([{ collection: 'rounds', id: ROUND, winner: 'local', subject: 'Vòng 2 (Cá nhân) của phiên họp ngày 14/01/2025', reason: SAY }]);
  });

  it('an open or prepared copy never reopens it, however new', () => {
    for (const status of ['open', 'prepared']) {
      const plan = planMerge(dataWith([closed({ status, tally: undefined, updatedAt: later, rev: 10 })]), lookup({ rounds: [closed()], sessions: [session] }));
      expect(plan.writes.rounds, status).toEqual([]);
      expect(plan.conflicts.map((c) => c.reason)).toEqual([SAY]);
    }
  });

  it('also guards a published round, and a difference in any part of what was signed', () => {
    const published = closed({ status: 'published', publishedAt: '2025-01-14T04:00:00.000Z' });
    const changes: Record<string, unknown>[] = [
      { status: 'closed' },
      { candidateIds: [] },
      { quota: 2 },
      { rules: { threshold: 0.8 } },
      { electorate: { memberIds: [] } },
      { votedMemberIds: [NOMINEE] },
      { result: { winners: [] } },
      { deletedAt: later },
    ];
    for (const change of changes) {
      const plan = planMerge(dataWith([{ ...published, ...change, updatedAt: later, rev: 12 }]), lookup({ rounds: [published], sessions: [session] }));
      expect(plan.writes.rounds, JSON.stringify(change)).toEqual([]);
      expect(plan.conflicts[0]?.reason).toBe('Vòng 2 (Cá nhân) của phiên họp ngày 14/01/2025 đã công bố kết quả trên máy này; bản trong tệp khác — giữ bản trên máy.');
    }
  });

  it('the same closed round, or its publication with the same count, merges as usual', () => {
    expect(planMerge(dataWith([closed({ rev: 7 })]), lookup({ rounds: [closed()], sessions: [session] })).counts.rounds.unchanged).toBe(1);
    const published = closed({ status: 'published', publishedAt: later, updatedAt: later, rev: 5 });
    const plan = planMerge(dataWith([published]), lookup({ rounds: [closed()], sessions: [session] }));
    expect(plan.conflicts).toEqual([]);
    expect(plan.writes.rounds).toEqual([published]);
  });

  it('a round still open here is updated by the newer closed copy as before', () => {
    const plan = planMerge(dataWith([closed({ updatedAt: later, rev: 5 })]), lookup({ rounds: [closed({ status: 'open', tally: undefined })], sessions: [session] }));
    expect(plan.counts.rounds.updated).toBe(1);
    expect(plan.conflicts).toEqual([]);
  });

  it('ballots for a round closed here are not added, and say so', () => {
    const ballot = { id: 'b-1', roundId: ROUND, agree: [NOMINEE] };
    const known = { id: 'b-0', roundId: ROUND, agree: [] };
    const plan = planMerge(dataWith([], [ballot, known]), lookup({ rounds: [closed()], sessions: [session], ballots: [known] }));
    expect(plan.writes.ballots).toEqual([]);
    expect(plan.counts.ballots).toMatchObject({ new: 0, conflict: 1, unchanged: 1 });
    expect(plan.conflicts).toEqual([
      { collection: 'ballots', id: 'b-1', winner: 'local', subject: 'Vòng 2 (Cá nhân) của phiên họp ngày 14/01/2025', reason: 'Vòng 2 (Cá nhân) của phiên họp ngày 14/01/2025 đã kết thúc trên máy này; phiếu bầu trong tệp không được thêm vào.' },
    ]);
    // Open here: the ballots come in.
    expect(planMerge(dataWith([], [ballot]), lookup({ rounds: [closed({ status: 'open' })] })).counts.ballots.new).toBe(1);
  });

  it('names the round from the file’s session when this PC does not have it', () => {
    const incomingSession = { ...session, date: '2025-01-15' };
    const plan = planMerge({ ...dataWith([closed({ status: 'open', updatedAt: later })]), sessions: [incomingSession] }, lookup({ rounds: [closed()] }));
    expect(plan.conflicts.map((c) => c.subject)).toEqual(['Vòng 2 (Cá nhân) của phiên họp ngày 15/01/2025']);
  });

  it('property: whatever the file holds, a round closed here comes out of the merge exactly as it was', () => {
    const status = fc.constantFrom('prepared', 'open', 'closed', 'published');
    const copy = fc.record({ status, agree: fc.integer({ min: 0, max: 9 }), updatedAt: times, rev: fc.integer({ min: 1, max: 20 }), deleted: fc.boolean() });
    fc.assert(
      fc.property(fc.constantFrom('closed', 'published'), copy, (localStatus, c) => {
        const local = closed({ status: localStatus });
        const incoming = closed({
          status: c.status,
          updatedAt: c.updatedAt,
          rev: c.rev,
          tally: { issued: 9, returned: 9, valid: 9, invalid: 0, perCandidate: { [NOMINEE]: { agree: c.agree, disagree: 9 - c.agree } } },
          ...(c.deleted ? { deletedAt: c.updatedAt } : {}),
        });
        const written = planMerge(dataWith([incoming]), lookup({ rounds: [local], sessions: [session] })).writes.rounds[0];
        if (!written) return;
        // What may be written: the same round (bookkeeping aside), or the publication of the very same count.
        const { updatedAt: _u, rev: _r, status: _s, publishedAt: _p, ...rest } = written;
        const { updatedAt: _lu, rev: _lr, status: _ls, publishedAt: _lp, ...localRest } = local;
        expect(rest).toEqual(localRest);
        if (written.status !== local.status) expect([local.status, written.status]).toEqual(['closed', 'published']);
      }),
    );
  });
});
