import { beforeEach, describe, expect, it } from 'vitest';
import { campaignAt, freshDatabase } from './test-db';
import type { BinhXetDatabase } from './database';
import { copyMembers, listMembers, membersRepo, sessionsRepo, setAttendance, setProjector, setRecusal, setWrittenOpinion } from './council-repo';
import { castBallot, closeRound, correctRound, createRound, createRunoff, enterTally, openRound, publishRound, updatePreparedRound } from './round-repo';
import { DEFAULT_VOTING_RULES } from '../domain/rules';
import { StateError } from '../domain/errors';
import { newId } from '../lib/ids';
import type { CouncilMember } from '../domain/council';
import { nominationsRepo } from './nomination-repo';

let database: BinhXetDatabase;
const campaignId = newId();
const [a, b, c] = [newId(), newId(), newId()];
let members: CouncilMember[];
let sessionId: string;

beforeEach(async () => {
  database = freshDatabase();
  await campaignAt('council', { id: campaignId });
  members = [];
  for (let i = 1; i <= 9; i++) {
    members.push(await membersRepo.create({ campaignId, fullName: `Thành viên ${i}`, role: i === 1 ? 'chu-tich' : 'uy-vien', order: i }));
  }
  const session = await sessionsRepo.create({ campaignId, date: '2025-01-10', place: 'Hội trường UBND xã', agenda: ['Bình xét'] });
  sessionId = session.id;
});

const m = (i: number) => members[i - 1] as CouncilMember;
async function attend(present: number, written: number[] = []) {
  for (let i = 1; i <= 9; i++) await setAttendance(sessionId, m(i), i <= present ? 'present' : written.includes(i) ? 'absent-written' : 'absent');
}
const paper = (quota = 1) => createRound({ campaignId, sessionId, category: 'individual', candidateIds: [a, b, c], quota, rules: DEFAULT_VOTING_RULES });
const tally = (agrees: [number, number, number], valid = 8) => ({
  issued: 8, returned: 8, valid, invalid: 8 - valid,
  perCandidate: { [a]: { agree: agrees[0], disagree: valid - agrees[0] }, [b]: { agree: agrees[1], disagree: valid - agrees[1] }, [c]: { agree: agrees[2], disagree: valid - agrees[2] } },
});

describe('council members', () => {
  it('copies a council to next year without duplicates', async () => {
    const next = newId();
    expect(await copyMembers(campaignId, next)).toBe(9);
    expect(await copyMembers(campaignId, next)).toBe(0);
    const copied = await listMembers(next);
    expect(copied.map((x) => x.fullName)).toEqual(members.map((x) => x.fullName));
    expect(copied[0]?.id).not.toBe(members[0]?.id);
  });
});

describe('rounds', () => {
  it('refuses to open without quorum, and changes nothing', async () => {
    await attend(5);
    const round = await paper();
    await expect(openRound(round.id)).rejects.toThrow(/cần ít nhất 6/);
    expect((await database.rounds.get(round.id))?.status).toBe('prepared');
  });

  it('paper round: mismatch blocks closing, a tie proposes a run-off among the tied, the run-off publishes', async () => {
    await attend(8, [9]);
    await setWrittenOpinion(sessionId, m(9), [b]);
    const round = await paper(2);
    await openRound(round.id);
    await enterTally(round.id, { ...tally([3, 4, 5]), returned: 9 });
    await expect(closeRound(round.id)).rejects.toThrow(/chưa khớp/);
    await enterTally(round.id, tally([6, 4, 5])); // a wins; b: 4 + written 1 = 5 = c
    const closed = await closeRound(round.id);
    expect(closed.status).toBe('closed');
    expect(closed.result?.runoff).toEqual({ candidateIds: [b, c].sort(), seats: 1 });
    await expect(enterTally(round.id, tally([8, 0, 0]))).rejects.toBeInstanceOf(StateError);
    await expect(updatePreparedRound(round.id, { quota: 2 })).rejects.toBeInstanceOf(StateError);

    const runoff = await createRunoff(round.id);
    expect(runoff).toMatchObject({ candidateIds: [b, c].sort(), quota: 1, attempt: 2, runoffOf: round.id, number: 2 });
    await openRound(runoff.id);
    await enterTally(runoff.id, { issued: 8, returned: 8, valid: 8, invalid: 0, perCandidate: { [b]: { agree: 3, disagree: 5 }, [c]: { agree: 5, disagree: 3 } } });
    await closeRound(runoff.id);
    const published = await publishRound(runoff.id);
    // The run-off counts no written opinion: m9 gave one for the first round only.
    expect(published.result?.winners).toEqual([c]);
    expect(published.result?.candidates.find((x) => x.candidateId === b)).toMatchObject({ agree: 3, writtenAgree: 0 });
    await expect(createRunoff(runoff.id)).rejects.toThrow(/không có trường hợp bằng phiếu/);
  });

  it('opening puts appraised nominees on the ballot; publishing writes who was chosen onto the nominations', async () => {
    const nominate = (id: string, status: 'appraised' | 'withdrawn') =>
      database.nominations.add(nominationsRepo.validate({ id, campaignId, participantId: newId(), rewardId: newId(), category: 'individual', status, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', rev: 1 }));
    await Promise.all([nominate(a, 'appraised'), nominate(b, 'appraised'), nominate(c, 'appraised')]);
    const status = async () => (await database.nominations.bulkGet([a, b, c])).map((n) => n?.status);
    await attend(8, [9]);
    await setWrittenOpinion(sessionId, m(9), [b]);
    const round = await paper(2);
    await openRound(round.id);
    expect(await status()).toEqual(['on-ballot', 'on-ballot', 'on-ballot']);
    await enterTally(round.id, tally([6, 4, 5])); // a chosen; b (4 + 1 written) ties c at 5 for the last seat
    await closeRound(round.id);
    expect(await status()).toEqual(['on-ballot', 'on-ballot', 'on-ballot']); // nothing before publishing
    await publishRound(round.id);
    expect(await status()).toEqual(['selected', 'on-ballot', 'on-ballot']);
    const runoff = await createRunoff(round.id);
    await openRound(runoff.id);
    await enterTally(runoff.id, { issued: 8, returned: 8, valid: 8, invalid: 0, perCandidate: { [b]: { agree: 3, disagree: 5 }, [c]: { agree: 5, disagree: 3 } } });
    await closeRound(runoff.id);
    await publishRound(runoff.id);
    expect(await status()).toEqual(['selected', 'not-selected', 'selected']);
    const trail = (await database.audit.where('entityId').equals(c).toArray()).map((e) => e.summary);
    expect(trail.at(-1)).toContain('“Được chọn” theo kết quả vòng 2');
  });

  it('a mismatch may be accepted with a reason, written into the round', async () => {
    await attend(8);
    const round = await paper();
    await openRound(round.id);
    // One returned ballot missing from the count: an under-count, acceptable with a reason.
    await enterTally(round.id, { ...tally([5, 1, 1], 7), invalid: 0 }); // 7 valid + 0 invalid of 8 returned
    await expect(closeRound(round.id)).rejects.toThrow(/chưa khớp/);
    const closed = await closeRound(round.id, 'Một phiếu bị rách, tổ kiểm phiếu thống nhất');
    expect(closed.mismatchAcceptedReason).toContain('rách');
    expect(closed.result?.mismatchAcceptedReason).toContain('rách');
    expect(closed.result?.acceptedIssues.join(' ')).toMatch(/khác số phiếu thu về/);
  });

  it('a correction is a new round naming the replaced one, with its reason audited', async () => {
    await attend(8);
    const round = await paper();
    await openRound(round.id);
    await enterTally(round.id, tally([6, 1, 1]));
    await closeRound(round.id);
    await expect(correctRound(round.id, '  ')).rejects.toThrow(/lý do/);
    const fix = await correctRound(round.id, 'Nhập nhầm số phiếu');
    expect(fix).toMatchObject({ replacesRoundId: round.id, correctionReason: 'Nhập nhầm số phiếu', status: 'prepared' });
    const audit = await database.audit.where('entityId').equals(fix.id).toArray();
    expect(audit[0]?.summary).toContain('Nhập nhầm số phiếu');
  });

  it('on-PC secret ballots carry no member link; a second ballot or a recused vote is refused', async () => {
    await attend(9);
    await setRecusal(sessionId, m(2), a, true);
    const round = await createRound({ campaignId, sessionId, category: 'individual', candidateIds: [a, b], quota: 1, rules: { ...DEFAULT_VOTING_RULES, mode: 'pc-secret' } });
    await expect(castBallot(round.id, m(1).id, [a])).rejects.toThrow(/chưa mở/);
    await openRound(round.id);
    await castBallot(round.id, m(1).id, [a]);
    await expect(castBallot(round.id, m(1).id, [b])).rejects.toThrow(/đã bỏ phiếu/);
    await expect(castBallot(round.id, m(2).id, [a])).rejects.toThrow(/không được biểu quyết/);
    await expect(castBallot(round.id, m(3).id, [a, b])).rejects.toThrow(/tối đa 1/);
    for (let i = 2; i <= 6; i++) await castBallot(round.id, m(i).id, i === 2 ? [b] : [a]);
    const ballots = await database.ballots.where('roundId').equals(round.id).toArray();
    expect(ballots).toHaveLength(6);
    for (const ballot of ballots) {
      expect(Object.keys(ballot).sort()).toEqual(['agree', 'id', 'roundId']);
      expect(ballot.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/); // random, not time-ordered
      expect(JSON.stringify(ballot)).not.toMatch(new RegExp(members.map((x) => x.id).join('|')));
    }
    const open = await database.rounds.get(round.id);
    expect(open?.votedMemberIds).toHaveLength(6);
    const audit = JSON.stringify(await database.audit.where('entity').equals('rounds').toArray());
    for (const x of members) expect(audit).not.toContain(x.id);
    const closed = await closeRound(round.id);
    expect(closed.tally?.perCandidate[a]?.agree).toBe(5);
    expect(closed.tally?.valid).toBe(6);
    await expect(castBallot(round.id, m(7).id, [a])).rejects.toThrow(/đã kết thúc/);
  });
});

describe('the projector', () => {
  it('flips the pages of a published result without touching the result, and a new slide starts on page 1', async () => {
    await attend(8);
    const round = await paper(1);
    await openRound(round.id);
    await enterTally(round.id, tally([6, 1, 1]));
    await closeRound(round.id);
    const published = await publishRound(round.id);
    const rounds = await database.rounds.toArray();
    const audits = await database.audit.count();

    await setProjector(sessionId, { slide: 'results', roundId: round.id, page: 2, at: '2025-01-10T08:00:00.000Z' });
    expect((await database.sessions.get(sessionId))?.projector).toEqual({ slide: 'results', roundId: round.id, page: 2, updatedAt: '2025-01-10T08:00:00.000Z' });
    await setProjector(sessionId, { slide: 'results', roundId: round.id, page: 3 });
    expect(await database.rounds.toArray()).toEqual(rounds);
    expect((await database.rounds.get(round.id))?.result).toEqual(published.result);
    expect(await database.audit.count()).toBe(audits);

    await setProjector(sessionId, { slide: 'candidates', roundId: round.id });
    expect((await database.sessions.get(sessionId))?.projector.page).toBeUndefined();
  });

  it('reads a session stored before pages existed as showing page 1', async () => {
    const stored = await database.sessions.get(sessionId);
    expect(stored?.projector).toEqual({ slide: 'title' });
    await setProjector(sessionId, { slide: 'results', page: 1 });
    expect((await database.sessions.get(sessionId))?.projector.page).toBeUndefined();
  });
});
