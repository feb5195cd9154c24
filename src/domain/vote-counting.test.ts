import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkQuorum, requiredVotes, strictMajority } from './quorum';
import { countRound, type CountInput } from './vote-counting';
import { checkTally, emptyTally } from './tally-check';
import { DEFAULT_VOTING_RULES, type VotingRules } from './rules';
import type { Tally } from './council';

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

describe('thresholds and quorum', () => {
  it('a strict majority of B is floor(B/2)+1 for every B', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (b) => {
        const m = strictMajority(b);
        expect(m).toBe(Math.floor(b / 2) + 1);
        expect(m * 2).toBeGreaterThan(b); // more than half
        expect((m - 1) * 2).toBeLessThanOrEqual(b); // the least such number
      }),
    );
    expect(strictMajority(9)).toBe(5);
    expect(strictMajority(8)).toBe(5);
    expect(strictMajority(7)).toBe(4); // ceil(7/2)+1 would wrongly give 5
  });
  it('a fraction requires the least whole number reaching it', () => {
    expect(requiredVotes({ kind: 'fraction', numerator: 4, denominator: 5 }, 9)).toBe(8); // 80% of 9 = 7.2
    expect(requiredVotes({ kind: 'fraction', numerator: 4, denominator: 5 }, 10)).toBe(8);
    expect(requiredVotes({ kind: 'fraction', numerator: 9, denominator: 10 }, 9)).toBe(9);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), (b, x, y) => {
        const [n, d] = x <= y ? [x, y] : [y, x];
        const r = requiredVotes({ kind: 'fraction', numerator: n, denominator: d }, b);
        expect(r * d).toBeGreaterThanOrEqual(b * n);
        expect((r - 1) * d < b * n || r === 1).toBe(true);
      }),
    );
  });
  it('quorum of 2/3 of 9 is 6 present', () => {
    expect(checkQuorum(9, 6, { numerator: 2, denominator: 3 })).toMatchObject({ required: 6, met: true });
    expect(checkQuorum(9, 5, { numerator: 2, denominator: 3 }).met).toBe(false);
    expect(checkQuorum(0, 0, { numerator: 2, denominator: 3 }).met).toBe(false);
  });
});

describe('countRound', () => {
  it('winners are the top passing candidates up to the quota', () => {
    const out = countRound(input({ a: 9, b: 7, c: 6, d: 4 }, 2));
    expect(out.winners).toEqual(['a', 'b']);
    expect(out.tie).toBeUndefined();
    expect(out.candidates.find((c) => c.candidateId === 'd')?.passes).toBe(false); // 4 < 5
  });
  it('a tie at the quota edge proposes a run-off among the tied only', () => {
    const out = countRound(input({ a: 8, b: 6, c: 6, d: 2 }, 2));
    expect(out.winners).toEqual(['a']);
    expect(out.tie).toEqual({ candidateIds: ['b', 'c'], seats: 1 });
    expect(out.runoff).toEqual({ candidateIds: ['b', 'c'], seats: 1 });
    expect(out.tieUnresolved).toBe(false);
  });
  it('after the last round the tie is reported as unresolved, not broken', () => {
    const out = countRound(input({ a: 6, b: 6 }, 1, { attempt: 2 }));
    expect(out.winners).toEqual([]);
    expect(out.runoff).toBeUndefined();
    expect(out.tieUnresolved).toBe(true);
  });
  it('a tie below the quota edge is no tie', () => {
    expect(countRound(input({ a: 6, b: 6, c: 9 }, 3)).winners.sort()).toEqual(['a', 'b', 'c']);
  });
  it('an absent member with a written opinion counts when the rules say so', () => {
    const ids = members(9);
    const attendance = { ...allPresent(ids), m9: 'absent-written' as const };
    const base = input({ a: 4, b: 4 }, 1, { electorate: { memberIds: ids, attendance, recusals: {}, writtenOpinions: { m9: ['a'] } } });
    const counted = countRound(base);
    expect(counted.candidates.find((c) => c.candidateId === 'a')).toMatchObject({ agree: 5, writtenAgree: 1, passes: true });
    expect(counted.winners).toEqual(['a']);
    const ignored = countRound({ ...base, rules: { ...base.rules, writtenOpinionsCount: false } });
    expect(ignored.winners).toEqual([]);
  });
  it('a recusal lowers the base for that candidate only', () => {
    const ids = members(9);
    const out = countRound(input({ a: 5, b: 5 }, 2, { electorate: { memberIds: ids, attendance: allPresent(ids), recusals: { m1: ['a'] }, writtenOpinions: {} } }));
    const a = out.candidates.find((c) => c.candidateId === 'a');
    const b = out.candidates.find((c) => c.candidateId === 'b');
    expect(a).toMatchObject({ base: 8, required: 5, recused: 1 });
    expect(b).toMatchObject({ base: 9, required: 5 });
  });
  it('bases: present and valid ballots', () => {
    const ids = members(9);
    const attendance = { ...allPresent(ids), m8: 'absent' as const, m9: 'absent' as const };
    const tally: Tally = { issued: 7, returned: 7, valid: 6, invalid: 1, perCandidate: { a: { agree: 4, disagree: 2 } } };
    const common = { electorate: { memberIds: ids, attendance, recusals: {}, writtenOpinions: {} }, tally };
    expect(countRound(input({ a: 0 }, 1, common, { base: 'all-members' })).winners).toEqual([]); // 4 < 5
    expect(countRound(input({ a: 0 }, 1, common, { base: 'present' })).candidates[0]).toMatchObject({ base: 7, required: 4, passes: true });
    expect(countRound(input({ a: 0 }, 1, common, { base: 'valid-ballots' })).candidates[0]).toMatchObject({ base: 6, required: 4 });
  });
  it('Decree 152 art. 4 preference applies only when enabled and says so', () => {
    const preferred = new Set(['c']);
    const off = countRound(input({ a: 8, b: 6, c: 6 }, 2, { preferred }));
    expect(off.tie?.candidateIds).toEqual(['b', 'c']);
    expect(off.preference).toBeUndefined();
    const on = countRound(input({ a: 8, b: 6, c: 6 }, 2, { preferred }, { womenPreference: true }));
    expect(on.winners).toEqual(['a', 'c']);
    expect(on.tie).toBeUndefined();
    expect(on.preference).toEqual({ chosen: ['c'], among: ['b', 'c'] });
  });
});

const scenario = fc.record({
  agrees: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 8 }),
  quota: fc.integer({ min: 0, max: 5 }),
  threshold: fc.oneof(
    fc.constant({ kind: 'majority' as const }),
    fc.integer({ min: 1, max: 10 }).map((n) => ({ kind: 'fraction' as const, numerator: n, denominator: 10 })),
  ),
  attempt: fc.integer({ min: 1, max: 3 }),
  women: fc.boolean(),
  preferredMask: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
});

describe('countRound properties', () => {
  const make = (s: { agrees: number[]; quota: number; threshold: VotingRules['threshold']; attempt: number; women: boolean; preferredMask: boolean[] }) =>
    input(
      Object.fromEntries(s.agrees.map((a, i) => [`c${i}`, a])),
      s.quota,
      { attempt: s.attempt, preferred: new Set(s.agrees.map((_, i) => `c${i}`).filter((_, i) => s.preferredMask[i])) },
      { threshold: s.threshold, womenPreference: s.women },
    );

  it('winners never exceed the quota and every winner meets the threshold', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const out = countRound(make(s));
        expect(out.winners.length).toBeLessThanOrEqual(s.quota);
        for (const w of out.winners) {
          const c = out.candidates.find((x) => x.candidateId === w);
          expect(c && c.agree >= c.required && c.passes).toBe(true);
        }
      }),
    );
  });
  it('the result does not depend on input order', () => {
    fc.assert(
      fc.property(scenario, fc.integer(), (s, seed) => {
        const a = make(s);
        const shuffled = [...a.candidateIds].sort((x, y) => ((x.charCodeAt(1) * 31 + seed) % 7) - ((y.charCodeAt(1) * 31 + seed) % 7));
        const b = { ...a, candidateIds: shuffled };
        expect(countRound(b)).toEqual(countRound(a));
      }),
    );
  });
  it('a tie at the edge is always reported, never broken silently', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const inp = make(s);
        const out = countRound(inp);
        const passing = out.candidates.filter((c) => c.passes);
        if (passing.length <= s.quota || s.quota === 0) {
          expect(out.tie).toBeUndefined();
          return;
        }
        const edge = passing[s.quota - 1]?.agree;
        const tiedAtEdge = passing.filter((c) => c.agree === edge).map((c) => c.candidateId);
        const isTied = tiedAtEdge.length > 1 && passing[s.quota]?.agree === edge;
        if (!isTied) {
          expect(out.tie).toBeUndefined();
          expect(out.winners.length).toBe(s.quota);
          return;
        }
        // Either a tie is reported, or the (enabled, shown) preference rule settled it.
        if (!out.tie) expect(out.preference).toBeDefined();
        for (const id of tiedAtEdge) {
          const decided = out.winners.includes(id) || out.tie?.candidateIds.includes(id) || out.preference !== undefined;
          expect(decided).toBe(true);
        }
        if (out.tie) {
          expect(out.winners.length + out.tie.seats).toBe(s.quota);
          expect(out.tie.candidateIds.length).toBeGreaterThan(out.tie.seats);
          expect(Boolean(out.runoff)).toBe(s.attempt < inp.rules.maxRounds);
          expect(out.tieUnresolved).toBe(!out.runoff);
        }
      }),
    );
  });
  it('without the preference rule, winners + tied seats fill exactly min(quota, passing)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const out = countRound(make({ ...s, women: false }));
        const passing = out.candidates.filter((c) => c.passes).length;
        expect(out.winners.length + (out.tie?.seats ?? 0)).toBe(Math.min(s.quota, passing));
        expect(out.preference).toBeUndefined();
      }),
    );
  });
});

describe('checkTally', () => {
  const ctx = { mode: 'paper' as const, candidateIds: ['a', 'b'], quota: 1, present: 8, votersFor: () => 8 };
  it('accepts a tally that adds up', () => {
    const t: Tally = { issued: 8, returned: 8, valid: 7, invalid: 1, perCandidate: { a: { agree: 4, disagree: 3 }, b: { agree: 3, disagree: 4 } } };
    expect(checkTally(t, ctx)).toEqual([]);
  });
  it('reports each sum that does not add up', () => {
    const t: Tally = { issued: 9, returned: 10, valid: 7, invalid: 1, perCandidate: { a: { agree: 6, disagree: 3 }, b: { agree: 5, disagree: 0 } } };
    const codes = checkTally(t, ctx).map((i) => i.code);
    expect(codes).toEqual(['issued-over-present', 'returned-over-issued', 'valid-invalid-sum', 'candidate-over-valid', 'choices-over-quota']);
  });
  it('property: valid + invalid = returned ≤ issued ≤ present and per-candidate sums are exactly what passes', () => {
    fc.assert(
      fc.property(fc.nat(12), fc.nat(12), fc.nat(12), fc.nat(12), fc.nat(12), fc.nat(12), (issued, returned, valid, invalid, agree, disagree) => {
        const t: Tally = { issued, returned, valid, invalid, perCandidate: { a: { agree, disagree } } };
        const ok = issued <= 8 && returned <= issued && valid + invalid === returned && agree + disagree <= valid && agree <= valid;
        expect(checkTally(t, { ...ctx, candidateIds: ['a'] }).length === 0).toBe(ok);
      }),
    );
  });
  it('a show of hands is checked against members allowed to vote', () => {
    const t = emptyTally(['a']);
    t.perCandidate.a = { agree: 8, disagree: 1 };
    expect(checkTally(t, { ...ctx, mode: 'hands', candidateIds: ['a'], votersFor: () => 8 })[0]?.code).toBe('candidate-over-voters');
  });
});
