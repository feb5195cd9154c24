// Random council sessions through the repositories, as the screens drive them: attendance,
// written opinions (some over the quota), recusals, a first round of paper ballots, the run-off
// it offers, a correction, and publishing in either order. Every frozen result must equal the
// reference counter's reading of the same ballots, and the nominations must end as the last
// valid round of the chain decided.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campaignAt, freshDatabase } from './test-db';
import { membersRepo, sessionsRepo, setAttendance, setRecusal, setWrittenOpinion } from './council-repo';
import { closeRound, correctRound, createRound, createRunoff, enterTally, openRound, publishRound } from './round-repo';
import { nominationsRepo } from './nomination-repo';
import { DEFAULT_VOTING_RULES, type VotingRules } from '../domain/rules';
import type { CouncilMember, Tally, VotingRound } from '../domain/council';
import { referenceCount, type Mark, type RefMember } from '../domain/reference-count.testing';
import { newId } from '../lib/ids';

const at = '2025-01-01T00:00:00.000Z';

interface Plan {
  rules: VotingRules;
  size: number;
  attendance: ('present' | 'absent-written' | 'absent')[];
  opinions: boolean[][];
  recusals: boolean[][];
  candidates: number;
  quota: number;
  ballots: Mark[][][];
  correct: boolean;
  publishRunoffFirst: boolean;
}

const markArb = fc.constantFrom<Mark>('agree', 'agree', 'agree', 'disagree', 'blank');
// Low thresholds and every base, so that candidates pass and tie often enough to need run-offs.
const rulesArb = fc.record({
  threshold: fc.constantFrom({ kind: 'majority' as const }, { kind: 'fraction' as const, numerator: 1, denominator: 4, comparison: 'at-least' as const }, { kind: 'fraction' as const, numerator: 1, denominator: 3, comparison: 'more-than' as const }),
  base: fc.constantFrom('all-members' as const, 'present' as const, 'valid-ballots' as const),
  writtenOpinionsCount: fc.boolean(),
}).map((r): VotingRules => ({ ...DEFAULT_VOTING_RULES, ...r }));
const planArb = fc
  .record({ rules: rulesArb, size: fc.integer({ min: 5, max: 9 }), candidates: fc.integer({ min: 2, max: 4 }), quota: fc.integer({ min: 1, max: 2 }), correct: fc.integer({ min: 0, max: 2 }).map((n) => n === 0), publishRunoffFirst: fc.boolean() })
  .chain((p) =>
    fc.record({
      rules: fc.constant(p.rules),
      size: fc.constant(p.size),
      candidates: fc.constant(p.candidates),
      quota: fc.constant(p.quota),
      correct: fc.constant(p.correct),
      publishRunoffFirst: fc.constant(p.publishRunoffFirst),
      // Enough present members for the 2/3 quorum.
      attendance: fc.array(fc.constantFrom('present' as const, 'absent-written' as const, 'absent' as const), { minLength: p.size, maxLength: p.size }).map((a) =>
        a.map((x, i) => (i < Math.ceil((p.size * 2) / 3) ? 'present' : x)),
      ),
      opinions: fc.array(fc.array(fc.boolean(), { minLength: p.candidates, maxLength: p.candidates }), { minLength: p.size, maxLength: p.size }),
      recusals: fc.array(fc.array(fc.integer({ min: 0, max: 7 }).map((n) => n === 0), { minLength: p.candidates, maxLength: p.candidates }), { minLength: p.size, maxLength: p.size }),
      // Three sets of ballots: round 1, the run-off, the correction.
      ballots: fc.array(fc.array(fc.array(markArb, { minLength: p.candidates, maxLength: p.candidates }), { minLength: p.size, maxLength: p.size }), { minLength: 3, maxLength: 3 }),
    }),
  );

/** What the counting committee writes down from one set of ballots. */
function tallyOf(members: RefMember[], candidates: string[]): Tally {
  const present = members.filter((m) => m.attendance === 'present');
  const valid = present.filter((m) => m.ballot?.valid);
  return {
    issued: present.length,
    returned: present.length,
    valid: valid.length,
    invalid: present.length - valid.length,
    perCandidate: Object.fromEntries(
      candidates.map((c) => {
        const entitled = valid.filter((m) => !m.recusedOn.includes(c));
        const count = (mark: Mark) => entitled.filter((m) => m.ballot?.marks[c] === mark).length;
        return [c, { agree: count('agree'), disagree: count('disagree'), blank: count('blank'), recusedValid: valid.length - entitled.length }];
      }),
    ),
  };
}

async function run(plan: Plan) {
  const database = freshDatabase();
  const campaignId = (await campaignAt('council')).id;
  const members: CouncilMember[] = [];
  for (let i = 0; i < plan.size; i++) members.push(await membersRepo.create({ campaignId, fullName: `Thành viên ${i + 1}`, role: 'uy-vien', order: i }));
  const session = await sessionsRepo.create({ campaignId, date: '2025-01-14', place: 'Hội trường', agenda: ['Bình xét'] });
  const nominations: string[] = [];
  for (let k = 0; k < plan.candidates; k++) {
    const id = newId();
    await database.nominations.add(nominationsRepo.validate({ id, campaignId, participantId: newId(), rewardId: newId(), category: 'individual', status: 'appraised', createdAt: at, updatedAt: at, rev: 1 }));
    nominations.push(id);
  }
  for (const [i, m] of members.entries()) {
    await setAttendance(session.id, m, plan.attendance[i] ?? 'present');
    if (plan.attendance[i] === 'absent-written') await setWrittenOpinion(session.id, m, nominations.filter((_, k) => plan.opinions[i]?.[k]));
    for (const [k, c] of nominations.entries()) if (plan.recusals[i]?.[k]) await setRecusal(session.id, m, c, true);
  }

  /** The reference's view of a round: every member, their ballot, and the opinions that round counts. */
  const refMembers = (candidates: string[], set: number, countOpinions: boolean): RefMember[] =>
    members.map((m, i) => {
      const recusedOn = nominations.filter((_, k) => plan.recusals[i]?.[k]);
      const marks = Object.fromEntries(candidates.map((c) => [c, recusedOn.includes(c) ? 'blank' : (plan.ballots[set]?.[i]?.[nominations.indexOf(c)] ?? 'blank')])) as Record<string, Mark>;
      const ref: RefMember = { id: m.id, attendance: plan.attendance[i] ?? 'present', recusedOn };
      if (ref.attendance === 'present') ref.ballot = { valid: candidates.filter((c) => marks[c] === 'agree').length <= quotaOf(candidates), marks };
      if (countOpinions && ref.attendance === 'absent-written') ref.writtenAgree = nominations.filter((_, k) => plan.opinions[i]?.[k]);
      return ref;
    });
  let quotaOf = (_c: string[]) => plan.quota;

  async function vote(round: VotingRound, set: number, countOpinions: boolean) {
    const refs = refMembers(round.candidateIds, set, countOpinions);
    await openRound(round.id);
    await enterTally(round.id, tallyOf(refs, round.candidateIds));
    const closed = await closeRound(round.id);
    const ref = referenceCount({ rules: plan.rules, quota: round.quota, attempt: round.attempt, candidates: round.candidateIds, members: refs, women: [] });
    const result = closed.result;
    for (const c of round.candidateIds) {
      const mine = result?.candidates.find((x) => x.candidateId === c);
      expect({ agree: mine?.agree, base: mine?.base, required: mine?.required, passes: mine?.passes }).toEqual(ref.candidates[c]);
    }
    expect([...(result?.winners ?? [])].sort()).toEqual([...ref.winners].sort());
    expect([...(result?.tie?.candidateIds ?? [])].sort()).toEqual([...ref.tied].sort());
    return closed;
  }

  const first = await vote(await createRound({ campaignId, sessionId: session.id, category: 'individual', candidateIds: nominations, quota: plan.quota, rules: plan.rules }), 0, true);
  let decided = first;
  let runoff: VotingRound | undefined;
  if (first.result?.runoff) {
    const prepared = await createRunoff(first.id);
    quotaOf = (c) => (c.length === prepared.candidateIds.length ? prepared.quota : plan.quota);
    runoff = await vote(prepared, 1, false);
    runoffs += 1;
  }
  if (plan.publishRunoffFirst && runoff) await publishRound(runoff.id);
  await publishRound(first.id);
  if (runoff && !plan.publishRunoffFirst) await publishRound(runoff.id);
  if (runoff) decided = runoff;
  if (plan.correct) {
    // The first round corrected: its run-off no longer counts, the correction decides.
    quotaOf = () => plan.quota;
    const fix = await vote(await correctRound(first.id, 'Kiểm lại phiếu'), 2, true);
    await publishRound(fix.id);
    decided = fix;
    if (runoff) await expect(publishRound(runoff.id)).rejects.toThrow();
  }

  // The nominations say what the last valid round decided, together with the round before it for
  // those it did not name again (a run-off names only the tied).
  const statuses = new Map((await database.nominations.bulkGet(nominations)).map((n) => [n?.id, n?.status]));
  const winners = new Set(decided.result?.winners ?? []);
  const base = decided.runoffOf ? first.result : undefined;
  for (const c of nominations) {
    const inDecided = decided.candidateIds.includes(c);
    const chosen = inDecided ? winners.has(c) : (base?.winners.includes(c) ?? false);
    if (chosen) expect(statuses.get(c)).toBe('selected');
    else expect(statuses.get(c)).not.toBe('selected');
  }
  expect([...statuses.values()].filter((s) => s === 'selected').length).toBeLessThanOrEqual(plan.quota);
}

let runoffs = 0;
describe('random sessions through the repositories', () => {
  it('every frozen result equals the reference; the nominations follow the last valid round of the chain', async () => {
    await fc.assert(fc.asyncProperty(planArb, run), { numRuns: 150 });
    // About 10 of 150 random sessions reach a run-off (measured: 7 to 14 over six runs); the check
    // only guards that the generator still exercises run-offs, so it asks for 2, not a typical count
    // (asking for more than 10 failed one run in two).
    expect(runoffs, 'sessions that went to a run-off').toBeGreaterThanOrEqual(2);
  }, 120_000);
});
