// The meeting room's session writes: proposed recusals confirmed or declined, the counting
// committee, and the end of the session — each validated and audited in its transaction.
import { beforeEach, describe, expect, it } from 'vitest';
import { campaignAt, freshDatabase } from './test-db';
import type { BinhXetDatabase } from './database';
import { confirmRecusals, declineRecusals, endSession, membersRepo, sessionsRepo, setAttendance, setCountingCommittee } from './council-repo';
import { closeRound, createRound, enterTally, openRound } from './round-repo';
import { DEFAULT_VOTING_RULES } from '../domain/rules';
import { StateError, ValidationError } from '../domain/errors';
import { newId } from '../lib/ids';
import type { CouncilMember } from '../domain/council';

let database: BinhXetDatabase;
const campaignId = newId();
const [a, b] = [newId(), newId()];
let members: CouncilMember[];
let sessionId: string;

beforeEach(async () => {
  database = freshDatabase();
  await campaignAt('council', { id: campaignId });
  members = [];
  for (let i = 1; i <= 5; i++) members.push(await membersRepo.create({ campaignId, fullName: `Thành viên ${i}`, role: i === 1 ? 'chu-tich' : 'uy-vien', order: i }));
  const session = await sessionsRepo.create({ campaignId, date: '2025-01-10', place: 'Hội trường UBND xã', agenda: ['Bình xét'], attendance: Object.fromEntries(members.map((x) => [x.id, 'present'])) });
  sessionId = session.id;
});

const m = (i: number) => members[i - 1] as CouncilMember;
const session = async () => {
  const s = await database.sessions.get(sessionId);
  if (!s) throw new Error('session gone');
  return s;
};
const lastAudit = async () => (await database.audit.where('entity').equals('sessions').toArray()).at(-1);

describe('proposed recusals', () => {
  it('confirming writes every recusal in one audited write; declining is kept and audited', async () => {
    await confirmRecusals(sessionId, [
      { member: m(2), nominationId: a, nomineeName: 'Thành viên 2' },
      { member: m(3), nominationId: b, nomineeName: 'Bộ phận Một cửa' },
    ]);
    expect((await session()).recusals).toEqual({ [m(2).id]: [a], [m(3).id]: [b] });
    expect((await lastAudit())?.summary).toBe('Xác nhận không biểu quyết: Thành viên 2 (cho Thành viên 2); Thành viên 3 (cho Bộ phận Một cửa)');

    await declineRecusals(sessionId, [{ member: m(4), nominationId: a, nomineeName: 'Thành viên 2' }]);
    expect((await session()).recusalsDeclined).toEqual({ [m(4).id]: [a] });
    expect((await lastAudit())?.summary).toContain('Thành viên 4 vẫn biểu quyết cho Thành viên 2');
    // Confirming later what was declined moves it over.
    await confirmRecusals(sessionId, [{ member: m(4), nominationId: a, nomineeName: 'Thành viên 2' }]);
    const after = await session();
    expect(after.recusals[m(4).id]).toEqual([a]);
    expect(after.recusalsDeclined).toEqual({});
  });

  it('a session saved before declines existed takes one', async () => {
    const old = await session();
    const { recusalsDeclined: _gone, ...withoutDeclines } = old;
    await database.sessions.put(withoutDeclines as typeof old);
    await declineRecusals(sessionId, [{ member: m(1), nominationId: a, nomineeName: 'X' }]);
    expect((await session()).recusalsDeclined).toEqual({ [m(1).id]: [a] });
  });
});

describe('counting committee', () => {
  it('is chosen among the members present, the head not repeated among its members', async () => {
    await setCountingCommittee(sessionId, { headId: m(2).id, memberIds: [m(2).id, m(3).id, m(4).id] });
    expect((await session()).countingCommittee).toEqual({ headId: m(2).id, memberIds: [m(3).id, m(4).id] });
    expect((await lastAudit())?.summary).toBe('Ban kiểm phiếu: Trưởng ban Thành viên 2; thành viên Thành viên 3, Thành viên 4');
  });

  it('refuses an absent member or a stranger, and changes nothing', async () => {
    await setAttendance(sessionId, m(5), 'absent');
    await expect(setCountingCommittee(sessionId, { headId: m(5).id, memberIds: [] })).rejects.toThrow(/không có mặt/);
    await expect(setCountingCommittee(sessionId, { memberIds: [newId()] })).rejects.toBeInstanceOf(ValidationError);
    expect((await session()).countingCommittee).toEqual({ memberIds: [] });
  });
});

describe('end of session', () => {
  it('is refused while a round is prepared or open, recorded once all are closed, and may be corrected', async () => {
    const round = await createRound({ campaignId, sessionId, category: 'individual', candidateIds: [a], quota: 1, rules: { ...DEFAULT_VOTING_RULES, mode: 'hands' } });
    await expect(endSession(sessionId, '10:45')).rejects.toBeInstanceOf(StateError);
    await openRound(round.id);
    await expect(endSession(sessionId, '10:45')).rejects.toThrow(/Còn vòng 1 chưa kết thúc/);
    await enterTally(round.id, { issued: 5, returned: 5, valid: 5, invalid: 0, perCandidate: { [a]: { agree: 5, disagree: 0 } } });
    await closeRound(round.id);
    await expect(endSession(sessionId, '25:00')).rejects.toThrow(/giờ:phút/);
    await endSession(sessionId, '9:05');
    expect((await session()).endTime).toBe('09:05');
    expect((await lastAudit())?.summary).toBe('Kết thúc phiên họp lúc 09:05');
    await endSession(sessionId, '11:30');
    expect((await lastAudit())?.summary).toBe('Sửa giờ kết thúc phiên họp: 09:05 → 11:30');
  });
});
