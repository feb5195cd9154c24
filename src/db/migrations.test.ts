// Data written by each released schema version must open intact in the next one.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BinhXetDatabase } from './database';
import { DB_VERSIONS, LATEST_DB_VERSION } from './versions';
import { randomId } from '../lib/ids';

function databaseAtVersion(name: string, version: number): Dexie {
  const old = new Dexie(name);
  for (const v of DB_VERSIONS.filter((x) => x.version <= version)) {
    const declared = old.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return old;
}

describe('migrations', () => {
  it('opens data written by version 1 in the latest version, intact and indexed', async () => {
    const name = `migrate-${randomId()}`;
    const v1 = databaseAtVersion(name, 1);
    const at = '2024-05-01T08:00:00.000Z';
    const campaignId = '018f2d3c-0000-7000-8000-000000000001';
    const participant = { id: '018f2d3c-0000-7000-8000-000000000002', campaignId, category: 'individual', personId: '018f2d3c-0000-7000-8000-000000000003', displayName: 'Lê Thị Hoa', createdAt: at, updatedAt: at, rev: 1 };
    const evidence = { id: '018f2d3c-0000-7000-8000-000000000004', campaignId, participantId: participant.id, criterionId: '018f2d3c-0000-7000-8000-000000000005', description: 'Hoàn thành đúng hạn', attachmentIds: [], selfComment: '', documentNumber: '', createdAt: at, updatedAt: at, rev: 1 };
    await v1.table('participants').add(participant);
    await v1.table('evidence').add(evidence);
    await v1.table('audit').add({ id: '018f2d3c-0000-7000-8000-000000000006', at, actor: 'A', action: 'create', entity: 'campaigns', entityId: campaignId, summary: 'Thêm', fields: [] });
    v1.close();

    const latest = new BinhXetDatabase(name);
    await latest.open();
    expect(latest.verno).toBe(LATEST_DB_VERSION);
    expect(await latest.participants.get(participant.id)).toEqual(participant);
    expect(await latest.evidence.get(evidence.id)).toEqual(evidence);
    const byCell = await latest.evidence.where('[participantId+criterionId]').equals([participant.id, evidence.criterionId]).toArray();
    expect(byCell).toHaveLength(1);
    const audit = await latest.audit.where('campaignId').equals(campaignId).toArray();
    expect(audit).toHaveLength(1);
    latest.close();
  });

  it('gives a round closed by version 2 its frozen result once, as version 2 counted and published it', async () => {
    const name = `migrate-${randomId()}`;
    const v2 = databaseAtVersion(name, 2);
    const at = '2025-01-14T03:00:00.000Z';
    const id = (n: number) => `018f2d3c-0000-7000-8000-${String(n).padStart(12, '0')}`;
    const [campaignId, sessionId, roundId, A, B, C] = [1, 2, 3, 4, 5, 6].map(id) as [string, string, string, string, string, string];
    const memberIds = [11, 12, 13, 14, 15].map(id);
    const people = [[21, 'nam'], [22, 'nu'], [23, 'nam']] as const;
    for (const [i, [n, gender]] of people.entries()) {
      const nominationId = [A, B, C][i] as string;
      await v2.table('people').add({ id: id(n), fullName: `Người ${n}`, gender, position: '', kind: 'cong-chuc', active: true, createdAt: at, updatedAt: at, rev: 1 });
      await v2.table('participants').add({ id: id(n + 10), campaignId, category: 'individual', personId: id(n), displayName: `Người ${n}`, createdAt: at, updatedAt: at, rev: 1 });
      await v2.table('nominations').add({ id: nominationId, campaignId, participantId: id(n + 10), category: 'individual', status: 'on-ballot', createdAt: at, updatedAt: at, rev: 1 });
    }
    const rules = { mode: 'paper', threshold: { kind: 'majority' }, base: 'all-members', quorum: { numerator: 2, denominator: 3 }, writtenOpinionsCount: true, maxRounds: 2, womenPreference: true, source: '' };
    const electorate = { memberIds, attendance: Object.fromEntries(memberIds.map((m) => [m, 'present'])), recusals: {}, writtenOpinions: {} };
    const tally = { issued: 5, returned: 5, valid: 5, invalid: 0, perCandidate: { [A]: { agree: 3, disagree: 2 }, [B]: { agree: 3, disagree: 2 }, [C]: { agree: 4, disagree: 1 } } };
    const closed = { id: roundId, campaignId, sessionId, number: 1, category: 'individual', candidateIds: [A, B, C], quota: 2, rules, status: 'closed', tally, electorate, attempt: 1, votedMemberIds: [], mismatchAcceptedReason: '', correctionReason: '', closedAt: at, createdAt: at, updatedAt: at, rev: 3 };
    const prepared = { ...closed, id: id(7), number: 2, status: 'prepared', tally: undefined, electorate: undefined, closedAt: undefined };
    await v2.table('rounds').bulkAdd([closed, prepared]);
    v2.close();

    const latest = new BinhXetDatabase(name);
    await latest.open();
    const result = (await latest.rounds.get(roundId))?.result;
    // Version 2 never applied the Decree 152 preference when publishing: A and B stay tied, as the
    // council saw it then, and the woman B is only recorded as qualifying.
    expect(result).toMatchObject({ algorithm: 0, computedAt: at, winners: [C], tie: { candidateIds: [A, B].sort(), seats: 1 }, preferredIds: [B] });
    expect(result?.preference).toBeUndefined();
    expect(result?.candidates.map((c) => [c.agree, c.base, c.percent])).toEqual([[4, 5, '80%'], [3, 5, '60%'], [3, 5, '60%']]);
    expect((await latest.rounds.get(id(7)))?.result).toBeUndefined();
    latest.close();
  });

  it('declares versions in increasing order, each keeping every table', () => {
    const versions = DB_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
