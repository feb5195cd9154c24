// Hostile review: rounds closed and PUBLISHED by version 2 (before results were frozen) get a
// "frozen result" in the v3 upgrade and when an old backup is read. That result is computed by
// today's algorithm, not by the one that counted the round when the council published it. Fixed:
// such rounds keep the result the earlier version counted (algorithm 0).
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BinhXetDatabase } from './database';
import { DB_VERSIONS } from './versions';
import { randomId } from '../lib/ids';
import { legacyResult, lookupFrom } from '../domain/legacy-results';
import { nominationVotes } from '../domain/council-results';
import { roundSchema } from '../domain/council';

function databaseAtVersion(name: string, version: number): Dexie {
  const old = new Dexie(name);
  for (const v of DB_VERSIONS.filter((x) => x.version <= version)) {
    const declared = old.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return old;
}

const at = '2025-01-14T03:00:00.000Z';
const id = (n: number) => `018f2d3c-0000-7000-8000-${String(n).padStart(12, '0')}`;
const [campaignId, sessionId, roundId, A, B] = [1, 2, 3, 4, 5].map(id) as [string, string, string, string, string];
const memberIds = [11, 12, 13, 14, 15].map(id);
const m5 = memberIds[4] as string;

/**
 * What version 2 stored after the council voted and published: 5 members, m5 absent with a
 * written opinion approving A and B (quota 1), 4 paper ballots: A 2, B 1. Version 2 counted every
 * written opinion (domain/vote-counting.ts before 2de2c2c): A = 2 + 1 = 3 of base 4 + 1 = 5,
 * quá bán → A chosen, published, nomination "selected", the decision and the minutes printed.
 */
const v2Round = {
  id: roundId, campaignId, sessionId, number: 1, category: 'individual', candidateIds: [A, B], quota: 1,
  rules: { mode: 'paper', threshold: { kind: 'majority' }, base: 'valid-ballots', quorum: { numerator: 2, denominator: 3 }, writtenOpinionsCount: true, maxRounds: 2, womenPreference: false, source: '' },
  status: 'published',
  tally: { issued: 4, returned: 4, valid: 4, invalid: 0, perCandidate: { [A]: { agree: 2, disagree: 2 }, [B]: { agree: 1, disagree: 3 } } },
  electorate: { memberIds, attendance: Object.fromEntries(memberIds.map((m) => [m, m === m5 ? 'absent-written' : 'present'])), recusals: {}, writtenOpinions: { [m5]: [A, B] } },
  attempt: 1, votedMemberIds: [], mismatchAcceptedReason: '', correctionReason: '', closedAt: at, publishedAt: at, createdAt: at, updatedAt: at, rev: 4,
};
const people = [{ id: id(21), fullName: 'Trần Văn A', gender: 'nam' as const }, { id: id(22), fullName: 'Lê Văn B', gender: 'nam' as const }];
const participants = [
  { id: id(31), campaignId, category: 'individual' as const, personId: id(21), displayName: 'Trần Văn A' },
  { id: id(32), campaignId, category: 'individual' as const, personId: id(22), displayName: 'Lê Văn B' },
];
const nominations = [
  { id: A, campaignId, participantId: id(31), category: 'individual', status: 'selected' },
  { id: B, campaignId, participantId: id(32), category: 'individual', status: 'not-selected' },
];

describe('attack: legacy (pre-result) published rounds', () => {
  it('regression (review): the v3 upgrade recounts a round published by v2 under today’s rules: its winner is no longer chosen', async () => {
    const name = `migrate-attack-${randomId()}`;
    const v2 = databaseAtVersion(name, 2);
    for (const p of people) await v2.table('people').add({ ...p, position: '', kind: 'cong-chuc', active: true, createdAt: at, updatedAt: at, rev: 1 });
    for (const p of participants) await v2.table('participants').add({ ...p, createdAt: at, updatedAt: at, rev: 1 });
    for (const n of nominations) await v2.table('nominations').add({ ...n, createdAt: at, updatedAt: at, rev: 2 });
    await v2.table('rounds').add(v2Round);
    v2.close();

    const latest = new BinhXetDatabase(name);
    await latest.open();
    const round = await latest.rounds.get(roundId);
    const nomination = await latest.nominations.get(A);
    // A closed, published round must not change: the frozen result must say what the council
    // published (A chosen, 3/5), as the nomination status and the signed decision still do.
    // Actual: m5's opinion is now "rejected" (a v3 rule), A has 2/4 and "failed"; the nomination
    // table (nominationVotes) shows 2/4 next to "Được chọn", a regenerated biên bản says A
    // "không đạt tỷ lệ, không được chọn", while the decision names A.
    expect(nomination?.status).toBe('selected');
    expect(round?.result?.winners).toEqual([A]);
    expect(nominationVotes(round ? [round] : []).get(A)).toMatchObject({ selected: true, agree: 3, base: 5 });
    latest.close();
  });

  it('regression (review): the same recount happens when an old backup file is read (legacyResult)', () => {
    const round = roundSchema.parse(v2Round);
    const result = legacyResult(round, lookupFrom({ nominations, participants, people, units: [] }));
    expect(result?.winners).toEqual([A]);
  });
});
