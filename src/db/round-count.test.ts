// The defects of issue #16, each as the scenario that exposed it, through the repositories a
// screen calls: what the council decided must be what the nominations, and so the decision, say.
import { beforeEach, describe, expect, it } from 'vitest';
import { at, campaignId, candidate, council, database, freshCouncilDatabase, m, paperTally, round, sessionId, status, vote } from './council-kit.testing';
import { setAttendance, setRecusal, setWrittenOpinion } from './council-repo';
import { castBallot, closeRound, correctRound, createRound, createRunoff, enterTally, openRound, publishRound } from './round-repo';
import { nominationsRepo } from './nomination-repo';
import { DEFAULT_VOTING_RULES } from '../domain/rules';
import { newId } from '../lib/ids';


beforeEach(freshCouncilDatabase);

describe('issue #16 defects through the repositories', () => {
  it('1. Decree 152 art. 4 preference decides publishing, not only the projector: C and B are chosen', async () => {
    await council(5);
    const [A, B, C] = [await candidate('Trần Văn A', 'nam'), await candidate('Lê Thị B', 'nu'), await candidate('Phạm Văn C', 'nam')];
    const r = await round([A, B, C], 2, { womenPreference: true });
    const closed = await vote(r.id, paperTally(5, { [A]: [3, 2], [B]: [3, 2], [C]: [4, 1] }));
    await publishRound(r.id);
    expect(await status(A, B, C)).toEqual(['not-selected', 'selected', 'selected']);
    expect(closed.result?.preference).toEqual({ chosen: [B], among: [A, B] });
    await expect(createRunoff(r.id)).rejects.toThrow(/không có trường hợp bằng phiếu/);
  });

  it('1b. a collective with a recorded share of women of at least 70% is preferred among equals', async () => {
    await council(5);
    const unit = async (name: string, womenPercent?: number) => {
      const unitId = newId();
      const participantId = newId();
      const id = newId();
      await database.units.add({ id: unitId, name, kind: 'doan-the', note: '', archived: false, headName: '', headPosition: '', ...(womenPercent !== undefined ? { womenPercent, womenRecordedOn: '2024-12-31' } : {}), createdAt: at, updatedAt: at, rev: 1 });
      await database.participants.add({ id: participantId, campaignId, category: 'collective', unitId, displayName: name, createdAt: at, updatedAt: at, rev: 1 });
      await database.nominations.add(nominationsRepo.validate({ id, campaignId, participantId, rewardId: newId(), category: 'collective', status: 'appraised', createdAt: at, updatedAt: at, rev: 1 }));
      return id;
    };
    const [X, Y] = [await unit('Hội Nông dân xã', 40), await unit('Hội Liên hiệp Phụ nữ xã', 95)];
    const twoFifths = { kind: 'fraction' as const, numerator: 2, denominator: 5, comparison: 'at-least' as const };
    const r = await createRound({ campaignId, sessionId, category: 'collective', candidateIds: [X, Y], quota: 1, rules: { ...DEFAULT_VOTING_RULES, threshold: twoFifths, womenPreference: true } });
    await vote(r.id, paperTally(5, { [X]: [2, 3], [Y]: [2, 3] }));
    await publishRound(r.id);
    expect(await status(X, Y)).toEqual(['not-selected', 'selected']);
  });

  it('2. on-PC, 5 present, member 1 recused on A and not voting, 4 ballots, 2 agree A: base 4, A not chosen', async () => {
    await council(5);
    const A = await candidate('Trần Văn A', 'nam');
    await setRecusal(sessionId, m(1), A, true);
    const r = await round([A], 1, { mode: 'pc-secret', base: 'valid-ballots' });
    await openRound(r.id);
    for (const [i, agree] of [[2, true], [3, true], [4, false], [5, false]] as const) await castBallot(r.id, m(i).id, agree ? [A] : []);
    const closed = await closeRound(r.id);
    await publishRound(r.id);
    expect(await status(A)).toEqual(['not-selected']);
    expect(closed.result?.candidates[0]).toMatchObject({ agree: 2, disagree: 2, base: 4, required: 3, recused: 1 });
  });

  it('2b. paper: when the recused member’s ballot is the invalid one, the base is all 4 valid ballots', async () => {
    await council(5);
    const A = await candidate('Trần Văn A', 'nam');
    await setRecusal(sessionId, m(1), A, true);
    const r = await round([A], 1, { base: 'valid-ballots' });
    const closed = await vote(r.id, { issued: 5, returned: 5, valid: 4, invalid: 1, perCandidate: { [A]: { agree: 2, disagree: 2, recusedValid: 0 } } });
    await publishRound(r.id);
    expect(await status(A)).toEqual(['not-selected']);
    expect(closed.result?.candidates[0]).toMatchObject({ base: 4, required: 3 });
  });

  it('3. an absent member’s written opinion approving more than the quota is invalid', async () => {
    await council(5);
    const [A, B] = [await candidate('Trần Văn A', 'nam'), await candidate('Lê Văn B', 'nam')];
    await setAttendance(sessionId, m(5), 'absent-written');
    await setWrittenOpinion(sessionId, m(5), [A, B]);
    const r = await round([A, B], 1, { base: 'valid-ballots' });
    const closed = await vote(r.id, paperTally(4, { [A]: [2, 2], [B]: [1, 3] }));
    await publishRound(r.id);
    // Counted in full, the opinion would give A 3 of 5 and choose it.
    expect(await status(A, B)).toEqual(['not-selected', 'not-selected']);
    expect(closed.result?.writtenOpinions[0]).toMatchObject({ memberId: m(5).id, status: 'rejected' });
  });

  it('3b. a written opinion is not counted again in a run-off unless given for the run-off', async () => {
    await council(5);
    const [A, B] = [await candidate('Trần Văn A', 'nam'), await candidate('Lê Văn B', 'nam')];
    await setAttendance(sessionId, m(5), 'absent-written');
    await setWrittenOpinion(sessionId, m(5), [A]);
    const r = await round([A, B], 1, { base: 'present', threshold: { kind: 'fraction', numerator: 2, denominator: 5, comparison: 'at-least' } });
    await vote(r.id, paperTally(4, { [A]: [1, 3], [B]: [2, 2] })); // A 1 + 1 written = 2 = B
    const runoff = await createRunoff(r.id);
    const closed = await vote(runoff.id, paperTally(4, { [A]: [2, 2], [B]: [1, 3] }));
    expect(closed.result?.candidates.find((c) => c.candidateId === A)).toMatchObject({ agree: 2, writtenAgree: 0, base: 4 });
    expect(closed.result?.writtenOpinions[0]).toMatchObject({ status: 'not-counted' });
  });

  it('4. a correction supersedes the chain: the leftover run-off of the corrected round cannot be opened or published', async () => {
    await council(5);
    const [A, B, C] = [await candidate('Trần Văn A', 'nam'), await candidate('Lê Văn B', 'nam'), await candidate('Phạm Văn C', 'nam')];
    const first = await round([A, B, C], 2);
    await vote(first.id, paperTally(5, { [A]: [4, 1], [B]: [3, 2], [C]: [3, 2] }));
    await publishRound(first.id);
    const leftover = await createRunoff(first.id);
    const fix = await correctRound(first.id, 'Nhập nhầm số phiếu của ông C');
    await vote(fix.id, paperTally(5, { [A]: [4, 1], [B]: [3, 2], [C]: [2, 3] }));
    await publishRound(fix.id);
    expect(await status(A, B, C)).toEqual(['selected', 'selected', 'not-selected']);
    await expect(openRound(leftover.id)).rejects.toThrow(/đã được điều chỉnh/);
    expect(await status(A, B, C)).toEqual(['selected', 'selected', 'not-selected']);
  });

  it('5. an under-count (2 agree + 2 disagree of 5 valid ballots) does not pass the tally check', async () => {
    await council(5);
    const A = await candidate('Trần Văn A', 'nam');
    const r = await round([A], 1);
    await openRound(r.id);
    await enterTally(r.id, paperTally(5, { [A]: [2, 2] }));
    await expect(closeRound(r.id)).rejects.toThrow(/ít hơn số phiếu hợp lệ/);
    const closed = await closeRound(r.id, 'Một phiếu không đánh dấu tên ông A');
    expect(closed.result?.mismatchAcceptedReason).toBe('Một phiếu không đánh dấu tên ông A');
  });

  it('5b. an over-count can never be accepted, whatever the reason', async () => {
    await council(5);
    const A = await candidate('Trần Văn A', 'nam');
    const r = await round([A], 1);
    await openRound(r.id);
    await enterTally(r.id, paperTally(5, { [A]: [4, 2] }));
    await expect(closeRound(r.id, 'Hội đồng thống nhất')).rejects.toThrow(/nhiều hơn số phiếu hợp lệ/);
  });
});
