import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkQuorum, quorumPhrase, requiredVotes, strictMajority, thresholdPhrase } from './quorum';
import { countRound, type CountInput } from './vote-counting';
import { DEFAULT_VOTING_RULES, quorumSchema, thresholdSchema, type VotingRules } from './rules';
import type { Tally } from './council';
import { referenceCount, type Mark, type RefMember, type RefRound } from './reference-count.testing';

const members = (n: number) => Array.from({ length: n }, (_, i) => `m${i + 1}`);
const allPresent = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'present' as const]));

function input(agrees: Record<string, number>, quota: number, over: Partial<CountInput> = {}, rules: Partial<VotingRules> = {}): CountInput {
  const ids = members(9);
  const tally: Tally = { issued: 9, returned: 9, valid: 9, invalid: 0, perCandidate: Object.fromEntries(Object.entries(agrees).map(([id, a]) => [id, { agree: a, disagree: 9 - a }])) };
  return {
    rules: { ...DEFAULT_VOTING_RULES, ...rules },
    quota,
    candidateIds: Object.keys(agrees),
    attempt: 1,
    electorate: { memberIds: ids, attendance: allPresent(ids), recusals: {}, writtenOpinions: {} },
    tally,
    ...over,
  };
}
const cand = (out: ReturnType<typeof countRound>, id: string) => out.candidates.find((c) => c.candidateId === id);

describe('thresholds and quorum', () => {
  it('a strict majority of B is floor(B/2)+1 for every B', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (b) => {
        const m = strictMajority(b);
        expect(m * 2).toBeGreaterThan(b);
        expect((m - 1) * 2).toBeLessThanOrEqual(b);
      }),
    );
    expect(strictMajority(7)).toBe(4); // ceil(7/2)+1 would wrongly give 5
  });
  it('"at least" and "more than" a fraction require the least whole number reaching it', () => {
    const f = (numerator: number, denominator: number, comparison: 'at-least' | 'more-than' = 'at-least') => ({ kind: 'fraction' as const, numerator, denominator, comparison });
    expect(requiredVotes(f(4, 5), 9)).toBe(8); // 80% of 9 = 7.2
    expect(requiredVotes(f(4, 5), 10)).toBe(8);
    expect(requiredVotes(f(4, 5, 'more-than'), 10)).toBe(9);
    expect(requiredVotes(f(2, 3), 9)).toBe(6);
    expect(requiredVotes(f(2, 3, 'more-than'), 9)).toBe(7); // "trên 2/3"
    expect(requiredVotes(f(1, 2, 'more-than'), 8)).toBe(5); // "quá nửa" = majority
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.boolean(), (b, x, y, strict) => {
        const [n, d] = x <= y ? [x, y] : [y, x];
        if (strict && n === d) return;
        const r = requiredVotes(f(n, d, strict ? 'more-than' : 'at-least'), b);
        if (strict) {
          expect(r * d).toBeGreaterThan(b * n);
          expect((r - 1) * d).toBeLessThanOrEqual(b * n);
        } else {
          expect(r * d).toBeGreaterThanOrEqual(b * n);
          expect((r - 1) * d < b * n || r === 1).toBe(true);
        }
        if (n * 2 === d && strict) expect(r).toBe(strictMajority(b));
      }),
    );
  });
  it('quorum: 2/3 of 9 is 6; "quá nửa" of 8 is 5, not 4', () => {
    expect(checkQuorum(9, 6, { numerator: 2, denominator: 3 })).toMatchObject({ required: 6, met: true });
    expect(checkQuorum(9, 5, { numerator: 2, denominator: 3 }).met).toBe(false);
    expect(checkQuorum(8, 4, { numerator: 1, denominator: 2, comparison: 'more-than' })).toMatchObject({ required: 5, met: false });
    expect(checkQuorum(8, 4, { numerator: 1, denominator: 2, comparison: 'at-least' }).met).toBe(true);
    expect(checkQuorum(0, 0, { numerator: 2, denominator: 3 }).met).toBe(false);
    expect(quorumPhrase({ numerator: 1, denominator: 2, comparison: 'more-than' })).toBe('quá nửa tổng số thành viên');
  });
  it('a quorum or threshold above 100% is refused with a Vietnamese message', () => {
    const q = quorumSchema.safeParse({ numerator: 4, denominator: 3 });
    expect(q.success).toBe(false);
    expect(q.error?.issues[0]?.message).toMatch(/không được lớn hơn/);
    expect(quorumSchema.safeParse({ numerator: 0, denominator: 3 }).success).toBe(false);
    expect(quorumSchema.safeParse({ numerator: 1, denominator: 1, comparison: 'more-than' }).success).toBe(false);
    expect(quorumSchema.parse({ numerator: 2, denominator: 3 }).comparison).toBe('at-least');
    expect(thresholdSchema.safeParse({ kind: 'fraction', numerator: 5, denominator: 4 }).success).toBe(false);
    expect(thresholdPhrase({ kind: 'fraction', numerator: 2, denominator: 3, comparison: 'more-than' })).toBe('trên 2/3 (66,7%)');
  });
});

describe('the defects of issue #16, as scenarios', () => {
  it('1. Decree 152 art. 4: C 4, A (man) 3, B (woman) 3, choose 2 → C and B, and the result says why', () => {
    const ids = members(5);
    const tally: Tally = { issued: 5, returned: 5, valid: 5, invalid: 0, perCandidate: { A: { agree: 3, disagree: 2 }, B: { agree: 3, disagree: 2 }, C: { agree: 4, disagree: 1 } } };
    const base = { rules: { ...DEFAULT_VOTING_RULES, womenPreference: true }, quota: 2, candidateIds: ['A', 'B', 'C'], attempt: 1, electorate: { memberIds: ids, attendance: allPresent(ids), recusals: {}, writtenOpinions: {} }, tally };
    const out = countRound({ ...base, preferredIds: ['B'] });
    expect(out.winners.sort()).toEqual(['B', 'C']);
    expect(out.tie).toBeUndefined();
    expect(out.preference).toEqual({ chosen: ['B'], among: ['A', 'B'] });
    expect(cand(out, 'B')).toMatchObject({ outcome: 'chosen', preferred: true });
    expect(cand(out, 'A')).toMatchObject({ outcome: 'passed-over-quota' });
    // Off: a tie between A and B for the last seat.
    const off = countRound({ ...base, rules: DEFAULT_VOTING_RULES, preferredIds: ['B'] });
    expect(off.winners).toEqual(['C']);
    expect(off.tie).toEqual({ candidateIds: ['A', 'B'], seats: 1 });
  });

  it('2. base "valid ballots" with a recusal: on-PC, 5 present, member 1 recused on A and not voting, 4 ballots, 2 agree A → base 4, needs 3, A fails', () => {
    const ids = members(5);
    const electorate = { memberIds: ids, attendance: allPresent(ids), recusals: { m1: ['A'] }, writtenOpinions: {} };
    // The member recused did not vote at all: 4 ballots, none of them from a recused member.
    const tally: Tally = { issued: 4, returned: 4, valid: 4, invalid: 0, perCandidate: { A: { agree: 2, disagree: 2, recusedValid: 0 } } };
    const out = countRound({ rules: { ...DEFAULT_VOTING_RULES, mode: 'pc-secret', base: 'valid-ballots' }, quota: 1, candidateIds: ['A'], attempt: 1, electorate, tally });
    expect(cand(out, 'A')).toMatchObject({ base: 4, required: 3, passes: false, outcome: 'failed' });
  });

  it('2b. paper: the recused member’s ballot is the invalid one → base is the 4 valid ballots, not 3', () => {
    const ids = members(5);
    const electorate = { memberIds: ids, attendance: allPresent(ids), recusals: { m1: ['A'] }, writtenOpinions: {} };
    const tally: Tally = { issued: 5, returned: 5, valid: 4, invalid: 1, perCandidate: { A: { agree: 2, disagree: 2, recusedValid: 0 } } };
    const out = countRound({ rules: { ...DEFAULT_VOTING_RULES, base: 'valid-ballots' }, quota: 1, candidateIds: ['A'], attempt: 1, electorate, tally });
    expect(cand(out, 'A')).toMatchObject({ base: 4, required: 3, passes: false });
  });

  it('3. a written opinion approving more people than the quota is invalid, like a ballot marking too many', () => {
    const ids = members(5);
    const electorate = { memberIds: ids, attendance: { ...allPresent(ids), m5: 'absent-written' as const }, recusals: {}, writtenOpinions: { m5: ['A', 'B'] } };
    const tally: Tally = { issued: 4, returned: 4, valid: 4, invalid: 0, perCandidate: { A: { agree: 2, disagree: 2 }, B: { agree: 1, disagree: 3 } } };
    const out = countRound({ rules: { ...DEFAULT_VOTING_RULES, base: 'valid-ballots' }, quota: 1, candidateIds: ['A', 'B'], attempt: 1, electorate, tally });
    expect(out.writtenOpinions).toEqual([expect.objectContaining({ memberId: 'm5', status: 'rejected', reason: expect.stringMatching(/nhiều hơn số lượng/) })]);
    expect(cand(out, 'A')).toMatchObject({ agree: 2, writtenAgree: 0, base: 4, required: 3, passes: false });
  });

  it('3b. a written opinion is for the round it was given for: a run-off without one counts the member as absent', () => {
    const ids = members(5);
    const out = countRound({
      rules: { ...DEFAULT_VOTING_RULES, base: 'present' },
      quota: 1,
      candidateIds: ['A', 'B'],
      attempt: 2,
      electorate: { memberIds: ids, attendance: { ...allPresent(ids), m5: 'absent-written' as const }, recusals: {}, writtenOpinions: {} },
      tally: { issued: 4, returned: 4, valid: 4, invalid: 0, perCandidate: { A: { agree: 2, disagree: 2 }, B: { agree: 2, disagree: 2 } } },
    });
    expect(out.writtenOpinions[0]).toMatchObject({ status: 'not-counted' });
    expect(cand(out, 'A')).toMatchObject({ agree: 2, base: 4 });
  });
});

describe('countRound', () => {
  it('a written opinion is added to the votes and to the base, and kept apart in the result', () => {
    const ids = members(7);
    const out = countRound({
      rules: { ...DEFAULT_VOTING_RULES, base: 'valid-ballots' },
      quota: 1,
      candidateIds: ['A'],
      attempt: 1,
      electorate: { memberIds: ids, attendance: { ...allPresent(ids), m7: 'absent-written' as const }, recusals: {}, writtenOpinions: { m7: ['A'] } },
      tally: { issued: 6, returned: 6, valid: 6, invalid: 0, perCandidate: { A: { agree: 3, disagree: 3 } } },
    });
    expect(cand(out, 'A')).toMatchObject({ agree: 4, writtenAgree: 1, base: 7, required: 4, passes: true, percent: '57,14%' });
  });
  it('bases: all members, present and valid ballots', () => {
    const ids = members(9);
    const attendance = { ...allPresent(ids), m8: 'absent' as const, m9: 'absent' as const };
    const tally: Tally = { issued: 7, returned: 7, valid: 6, invalid: 1, perCandidate: { a: { agree: 4, disagree: 2 } } };
    const common = { electorate: { memberIds: ids, attendance, recusals: {}, writtenOpinions: {} }, tally };
    expect(countRound(input({ a: 0 }, 1, common, { base: 'all-members' })).winners).toEqual([]); // 4 < 5
    expect(cand(countRound(input({ a: 0 }, 1, common, { base: 'present' })), 'a')).toMatchObject({ base: 7, required: 4, passes: true });
    expect(cand(countRound(input({ a: 0 }, 1, common, { base: 'valid-ballots' })), 'a')).toMatchObject({ base: 6, required: 4 });
  });
  it('a tie with no round left is unresolved, not broken', () => {
    const out = countRound(input({ a: 6, b: 6 }, 1, { attempt: 2 }));
    expect(out).toMatchObject({ winners: [], tie: { candidateIds: ['a', 'b'], seats: 1 }, tieUnresolved: true });
    expect(out.runoff).toBeUndefined();
  });
});

// ---- Random sessions checked against the reference counter ----

const ruleArb = fc.record({
  mode: fc.constantFrom('paper' as const, 'hands' as const, 'pc-secret' as const),
  threshold: fc.oneof(
    fc.constant({ kind: 'majority' as const }),
    fc.tuple(fc.integer({ min: 1, max: 10 }), fc.boolean()).map(([n, strict]) => ({ kind: 'fraction' as const, numerator: n, denominator: 10, comparison: strict && n < 10 ? ('more-than' as const) : ('at-least' as const) })),
  ),
  base: fc.constantFrom('all-members' as const, 'present' as const, 'valid-ballots' as const),
  writtenOpinionsCount: fc.boolean(),
  maxRounds: fc.integer({ min: 1, max: 3 }),
  womenPreference: fc.boolean(),
});

const sessionArb = fc
  .record({
    rules: ruleArb,
    candidateCount: fc.integer({ min: 1, max: 6 }),
    quota: fc.integer({ min: 1, max: 4 }),
    attempt: fc.integer({ min: 1, max: 3 }),
    womenMask: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    members: fc.array(
      fc.record({
        attendance: fc.constantFrom('present' as const, 'present' as const, 'present' as const, 'absent-written' as const, 'absent' as const),
        recusedMask: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }),
        returns: fc.integer({ min: 0, max: 9 }),
        spoils: fc.integer({ min: 0, max: 9 }),
        marks: fc.array(fc.constantFrom<Mark>('agree', 'agree', 'disagree', 'blank'), { minLength: 6, maxLength: 6 }),
        hasWritten: fc.boolean(),
      }),
      { minLength: 3, maxLength: 15 },
    ),
  })
  .map((s): RefRound => {
    const candidates = Array.from({ length: s.candidateCount }, (_, i) => `c${i}`);
    const refMembers: RefMember[] = s.members.map((m, i) => {
      const recusedOn = candidates.filter((_, k) => (m.recusedMask[k] ?? 0) === 0); // ~10% per candidate
      const marks = Object.fromEntries(candidates.map((c, k) => [c, recusedOn.includes(c) ? 'blank' : (m.marks[k] ?? 'blank')])) as Record<string, Mark>;
      const agreed = candidates.filter((c) => marks[c] === 'agree').length;
      const paperish = s.rules.mode !== 'hands';
      // A returned ballot marking more people than the quota is invalid; some are spoiled anyway (paper only).
      const valid = !paperish || (agreed <= s.quota && (s.rules.mode === 'pc-secret' || m.spoils > 0));
      const member: RefMember = { id: `m${i}`, attendance: m.attendance, recusedOn };
      if (m.attendance === 'present' && (s.rules.mode === 'hands' || m.returns > 0)) {
        // pc-secret: the app refuses a ballot over the quota, so the member simply agrees with fewer.
        const fixed = s.rules.mode === 'pc-secret' && agreed > s.quota ? (Object.fromEntries(candidates.map((c) => [c, 'disagree'])) as Record<string, Mark>) : marks;
        member.ballot = { valid: s.rules.mode === 'pc-secret' ? true : valid, marks: s.rules.mode === 'pc-secret' ? Object.fromEntries(candidates.map((c) => [c, recusedOn.includes(c) ? 'blank' : fixed[c] === 'agree' ? 'agree' : 'disagree'])) as Record<string, Mark> : fixed };
      }
      if (m.attendance === 'absent-written' && m.hasWritten) member.writtenAgree = candidates.filter((c) => marks[c] === 'agree');
      return member;
    });
    return { rules: s.rules, quota: s.quota, attempt: s.attempt, candidates, members: refMembers, women: candidates.filter((_, k) => s.womenMask[k]) };
  });

/** What the counting committee writes down: totals only, as the app receives them. */
function committeeTally(round: RefRound): Tally {
  const present = round.members.filter((m) => m.attendance === 'present');
  const returned = present.filter((m) => m.ballot);
  const valid = returned.filter((m) => m.ballot?.valid);
  const perCandidate = Object.fromEntries(
    round.candidates.map((c) => {
      const entitled = (round.rules.mode === 'hands' ? present : valid).filter((m) => !m.recusedOn.includes(c));
      const count = (mark: Mark) => entitled.filter((m) => m.ballot?.marks[c] === mark).length;
      return [c, { agree: count('agree'), disagree: count('disagree'), blank: count('blank'), recusedValid: valid.filter((m) => m.recusedOn.includes(c)).length }];
    }),
  );
  return { issued: present.length, returned: returned.length, valid: valid.length, invalid: returned.length - valid.length, perCandidate };
}

function appInput(round: RefRound): CountInput {
  return {
    rules: { ...DEFAULT_VOTING_RULES, ...round.rules },
    quota: round.quota,
    candidateIds: round.candidates,
    attempt: round.attempt,
    electorate: {
      memberIds: round.members.map((m) => m.id),
      attendance: Object.fromEntries(round.members.map((m) => [m.id, m.attendance])),
      recusals: Object.fromEntries(round.members.map((m) => [m.id, m.recusedOn])),
      writtenOpinions: Object.fromEntries(round.members.filter((m) => m.writtenAgree).map((m) => [m.id, m.writtenAgree ?? []])),
    },
    tally: committeeTally(round),
    preferredIds: round.women,
  };
}

describe('countRound against the reference counter (random sessions)', () => {
  it('every candidate’s votes, base, required votes and verdict, the winners and the tie equal the reference', () => {
    fc.assert(
      fc.property(sessionArb, (round) => {
        const ref = referenceCount(round);
        const out = countRound(appInput(round));
        for (const c of round.candidates) {
          const mine = cand(out, c);
          expect({ agree: mine?.agree, base: mine?.base, required: mine?.required, passes: mine?.passes }).toEqual(ref.candidates[c]);
          expect((mine?.agree ?? 0) + (mine?.disagree ?? 0)).toBeLessThanOrEqual(mine?.base ?? 0);
        }
        expect([...out.winners].sort()).toEqual([...ref.winners].sort());
        expect([...(out.tie?.candidateIds ?? [])].sort()).toEqual([...ref.tied].sort());
        expect(!!out.runoff).toBe(ref.runoff);
        expect(out.candidates.filter((c) => c.preferred).map((c) => c.candidateId).sort()).toEqual([...ref.preferredWinners].sort());
        if (ref.preferredWinners.length === 0) expect(out.preference?.chosen ?? []).toEqual([]);
        expect(out.winners.length).toBeLessThanOrEqual(round.quota);
      }),
      { numRuns: 2000 },
    );
  });
  it('the result does not depend on the order of the ballot', () => {
    fc.assert(
      fc.property(sessionArb, (round) => {
        const a = countRound(appInput(round));
        const b = countRound(appInput({ ...round, candidates: [...round.candidates].reverse() }));
        expect([...b.winners].sort()).toEqual([...a.winners].sort());
        expect([...(b.tie?.candidateIds ?? [])].sort()).toEqual([...(a.tie?.candidateIds ?? [])].sort());
      }),
    );
  });
});
