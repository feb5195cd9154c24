// Test kit for council rounds through the repositories: a fresh database, a council of N present
// members in one session, individual nominees, and paper tallies. Shared by the round tests;
// `database`, `members` and `sessionId` are live bindings reset by `freshCouncilDatabase`.
import { campaignAt, freshDatabase } from './test-db';
import type { BinhXetDatabase } from './database';
import { membersRepo, sessionsRepo, setAttendance } from './council-repo';
import { closeRound, createRound, enterTally, openRound } from './round-repo';
import { nominationsRepo } from './nomination-repo';
import { DEFAULT_VOTING_RULES, type VotingRules } from '../domain/rules';
import type { CouncilMember, Tally } from '../domain/council';
import { newId } from '../lib/ids';

export let database: BinhXetDatabase;
export const campaignId = newId();
export let members: CouncilMember[] = [];
export let sessionId = '';
export const at = '2025-01-01T00:00:00.000Z';

export function freshCouncilDatabase(): void {
  database = freshDatabase();
  members = [];
  sessionId = '';
}
export async function candidate(name: string, gender: 'nam' | 'nu' = 'nam'): Promise<string> {
  const personId = newId();
  const participantId = newId();
  const id = newId();
  await database.people.add({ id: personId, fullName: name, gender, position: '', kind: 'cong-chuc', active: true, createdAt: at, updatedAt: at, rev: 1 });
  await database.participants.add({ id: participantId, campaignId, category: 'individual', personId, displayName: name, createdAt: at, updatedAt: at, rev: 1 });
  await database.nominations.add(nominationsRepo.validate({ id, campaignId, participantId, rewardId: newId(), category: 'individual', status: 'appraised', createdAt: at, updatedAt: at, rev: 1 }));
  return id;
}

/** The council of a campaign at the council stage (created on first call). */
export async function council(size: number) {
  if (!(await database.campaigns.get(campaignId))) await campaignAt('council', { id: campaignId });
  members = [];
  for (let i = 1; i <= size; i++) members.push(await membersRepo.create({ campaignId, fullName: `Thành viên ${i}`, role: i === 1 ? 'chu-tich' : 'uy-vien', order: i }));
  sessionId = (await sessionsRepo.create({ campaignId, date: '2025-01-14', place: 'Hội trường UBND xã', agenda: ['Bình xét'] })).id;
  for (const m of members) await setAttendance(sessionId, m, 'present');
}
export const m = (i: number) => members[i - 1] as CouncilMember;
export const status = async (...ids: string[]) => (await database.nominations.bulkGet(ids)).map((n) => n?.status);
export const round = (candidateIds: string[], quota: number, rules: Partial<VotingRules> = {}) =>
  createRound({ campaignId, sessionId, category: 'individual', candidateIds, quota, rules: { ...DEFAULT_VOTING_RULES, ...rules } });
export function paperTally(valid: number, counts: Record<string, [number, number]>, extra: Partial<Tally> = {}): Tally {
  return { issued: valid, returned: valid, valid, invalid: 0, perCandidate: Object.fromEntries(Object.entries(counts).map(([id, [agree, disagree]]) => [id, { agree, disagree }])), ...extra };
}
export async function vote(roundId: string, tally: Tally, reason = '') {
  await openRound(roundId);
  await enterTally(roundId, tally);
  return closeRound(roundId, reason);
}

