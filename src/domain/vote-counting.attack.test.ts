// Hostile review of the count (branch review/count). Each `it` is a scenario; a failing one
// A `regression (review)` case is a defect the hostile review found, kept as a test once fixed
// (what shared/domain.md requires); a `holds` case pins down behaviour worth keeping.
import { describe, expect, it } from 'vitest';
import { countRound, type CountInput } from './vote-counting';
import { checkTally, tallyContextOf } from './tally-check';
import { requiredVotes } from './quorum';
import { DEFAULT_VOTING_RULES, type VotingRules } from './rules';
import type { Tally } from './council';

const members = (n: number) => Array.from({ length: n }, (_, i) => `m${i + 1}`);
const allPresent = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'present' as const]));

/** 9 members all present, one paper ballot each, `agrees` per candidate. */
function input(agrees: Record<string, number>, quota: number, rules: Partial<VotingRules> = {}, over: Partial<CountInput> = {}): CountInput {
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
const third = { kind: 'fraction' as const, numerator: 1, denominator: 3, comparison: 'at-least' as const };

describe('attack: Decree 152 art. 4 preference', () => {
  it('regression (review): no tie for the seats, yet the result says the women preference chose B (quota 3: A 5, B 4, C 4, D 3)', () => {
    // A, B, C and D all pass (≥ 1/3 of 9 = 3). Three seats: A, B, C by votes; D is 4th with fewer
    // votes. B and C share the last two places but there are exactly two seats for them: nobody is
    // "equally qualified" for the same seat, so art. 4 decides nothing and must not be printed.
    const out = countRound(input({ A: 5, B: 4, C: 4, D: 3 }, 3, { threshold: third, womenPreference: true }, { preferredIds: ['B'] }));
    expect([...out.winners].sort()).toEqual(['A', 'B', 'C']);
    expect(out.tie).toBeUndefined();
    // Actual: preference = { chosen: [B], among: [B, C] } and B is flagged preferred, so the
    // operator screen shows "Được chọn (ưu tiên nữ)" and both biên bản print
    // "B, C bằng số phiếu; áp dụng khoản 6 Điều 4 Nghị định số 152/2025/NĐ-CP …: B".
    expect(out.preference).toBeUndefined();
    expect(cand(out, 'B')?.preferred).toBe(false);
  });

  it('holds: more women than seats → the run-off is among the tied women only; all tied women → a run-off among all; preference off → a tie', () => {
    const more = countRound(input({ A: 5, B: 5, C: 5 }, 1, { womenPreference: true }, { preferredIds: ['A', 'B'] }));
    expect(more.winners).toEqual([]);
    expect(more.runoff).toEqual({ candidateIds: ['A', 'B'], seats: 1 });
    expect(cand(more, 'C')?.outcome).toBe('passed-over-quota');
    expect(cand(more, 'A')?.preferred).toBe(false);

    const allWomen = countRound(input({ A: 5, B: 5 }, 1, { womenPreference: true }, { preferredIds: ['A', 'B'] }));
    expect(allWomen.preference).toBeUndefined();
    expect(allWomen.runoff).toEqual({ candidateIds: ['A', 'B'], seats: 1 });

    const off = countRound(input({ A: 5, B: 5 }, 1, { womenPreference: false }, { preferredIds: ['A'] }));
    expect(off.preference).toBeUndefined();
    expect(off.tie).toEqual({ candidateIds: ['A', 'B'], seats: 1 });
  });

  it('holds: a tied woman who fails the threshold (recused base) is not preferred; only passing candidates tie', () => {
    // Different bases per candidate (a recusal on A): A and B tie on 5 agree and both pass; C, the
    // woman, has fewer votes and fails, so she is not "equally qualified" and gets no preference.
    const ids = members(9);
    const electorate = { memberIds: ids, attendance: allPresent(ids), recusals: { m1: ['A'] }, writtenOpinions: {} };
    // A: base 8 (m1 recused), 5 agree ≥ 5 (majority of 8) passes; B: base 9, 5 agree ≥ 5 passes; C: 4 fails.
    const tally: Tally = { issued: 9, returned: 9, valid: 9, invalid: 0, perCandidate: { A: { agree: 5, disagree: 3, recusedValid: 1 }, B: { agree: 5, disagree: 4 }, C: { agree: 4, disagree: 5 } } };
    const out = countRound({ rules: { ...DEFAULT_VOTING_RULES, base: 'valid-ballots', womenPreference: true }, quota: 1, candidateIds: ['A', 'B', 'C'], attempt: 1, electorate, tally, preferredIds: ['C'] });
    expect(out.tie).toEqual({ candidateIds: ['A', 'B'], seats: 1 });
    expect(out.preference).toBeUndefined();
  });
});

describe('attack: thresholds at exact boundaries', () => {
  it('holds: B·num divisible by den — "at least 2/3 of 6" is 4, "more than 2/3 of 6" is 5; quá bán of 6 is 4, of 7 is 4', () => {
    expect(requiredVotes({ kind: 'fraction', numerator: 2, denominator: 3, comparison: 'at-least' }, 6)).toBe(4);
    expect(requiredVotes({ kind: 'fraction', numerator: 2, denominator: 3, comparison: 'more-than' }, 6)).toBe(5);
    expect(requiredVotes({ kind: 'fraction', numerator: 1, denominator: 2, comparison: 'more-than' }, 6)).toBe(4);
    expect(requiredVotes({ kind: 'fraction', numerator: 4, denominator: 5, comparison: 'at-least' }, 10)).toBe(8);
    expect(requiredVotes({ kind: 'majority' }, 6)).toBe(4);
    expect(requiredVotes({ kind: 'majority' }, 7)).toBe(4);
    const exact = countRound(input({ A: 6 }, 1, { threshold: { kind: 'fraction', numerator: 2, denominator: 3, comparison: 'more-than' } }));
    expect(cand(exact, 'A')).toMatchObject({ base: 9, required: 7, passes: false });
  });
});

describe('attack: quota and candidate list edge cases', () => {
  it('regression (review): quota 0 means "no limit" to the winners but "nobody" to the written opinions, in one frozen result', () => {
    // The round schema accepts quota 0 (roundFields.quota min 0; a reward's quota may be 0).
    const ids = members(5);
    const out = countRound({
      rules: { ...DEFAULT_VOTING_RULES, base: 'valid-ballots' },
      quota: 0,
      candidateIds: ['A', 'B', 'C'],
      attempt: 1,
      electorate: { memberIds: ids, attendance: { ...allPresent(ids), m5: 'absent-written' as const }, recusals: {}, writtenOpinions: { m5: ['A'] } },
      tally: { issued: 4, returned: 4, valid: 4, invalid: 0, perCandidate: { A: { agree: 3, disagree: 1 }, B: { agree: 3, disagree: 1 }, C: { agree: 3, disagree: 1 } } },
    });
    // Actual: winners [A, B, C] (quota 0 treated as unlimited) while m5's opinion approving one
    // person is rejected as "Đồng ý 1 người, nhiều hơn số lượng được chọn (0)". Either quota 0 is
    // refused, or it means the same thing in both places.
    const rejected = out.writtenOpinions.some((o) => o.status === 'rejected');
    const unlimited = out.winners.length > 0;
    expect(rejected && unlimited).toBe(false);
  });

  it('holds: quota larger than the candidates: every passing candidate is chosen, no tie', () => {
    const out = countRound(input({ A: 5, B: 5, C: 2 }, 5));
    expect([...out.winners].sort()).toEqual(['A', 'B']);
    expect(out.tie).toBeUndefined();
    expect(cand(out, 'C')?.outcome).toBe('failed');
  });

  it('regression (review): a candidate listed twice is counted once by countRound but twice by the tally check, which then refuses a correct count', () => {
    // createRound accepts candidateIds with a duplicate (no uniqueness check in roundFields).
    const round = {
      rules: DEFAULT_VOTING_RULES,
      candidateIds: ['A', 'A', 'B'],
      quota: 1,
      electorate: { memberIds: members(5), attendance: allPresent(members(5)), recusals: {}, writtenOpinions: {} },
    };
    // 5 valid ballots, each approving exactly one person: 3 × A, 2 × B. Nothing is wrong.
    const tally: Tally = { issued: 5, returned: 5, valid: 5, invalid: 0, perCandidate: { A: { agree: 3, disagree: 2 }, B: { agree: 2, disagree: 3 } } };
    const issues = checkTally(tally, tallyContextOf(round));
    expect(issues.filter((i) => i.severity === 'impossible')).toEqual([]);
  });
});

describe('attack: bases, recusals, hands, written opinions', () => {
  it('holds: hands mode — abstentions (blank) stay in the valid-ballots base; recused hands are out of it', () => {
    const ids = members(7);
    const electorate = { memberIds: ids, attendance: { ...allPresent(ids), m7: 'absent' as const }, recusals: { m1: ['A'] }, writtenOpinions: {} };
    const tally: Tally = { issued: 0, returned: 0, valid: 0, invalid: 0, perCandidate: { A: { agree: 3, disagree: 1, blank: 1 } } };
    const out = countRound({ rules: { ...DEFAULT_VOTING_RULES, mode: 'hands', base: 'valid-ballots' }, quota: 1, candidateIds: ['A'], attempt: 1, electorate, tally });
    expect(cand(out, 'A')).toMatchObject({ base: 5, required: 3, passes: true, blank: 1, recused: 1 });
    expect(out.ballots).toEqual({ issued: 6, returned: 6, valid: 6, invalid: 0 });
  });

  it('holds: a member both absent-written and recused on A: the opinion counts for B only, A’s base excludes them', () => {
    const ids = members(5);
    const electorate = { memberIds: ids, attendance: { ...allPresent(ids), m5: 'absent-written' as const }, recusals: { m5: ['A'] }, writtenOpinions: { m5: ['B'] } };
    const tally: Tally = { issued: 4, returned: 4, valid: 4, invalid: 0, perCandidate: { A: { agree: 2, disagree: 2 }, B: { agree: 2, disagree: 2 } } };
    const out = countRound({ rules: { ...DEFAULT_VOTING_RULES, base: 'present', quorum: { numerator: 1, denominator: 2, comparison: 'at-least' } }, quota: 1, candidateIds: ['A', 'B'], attempt: 1, electorate, tally });
    expect(cand(out, 'A')).toMatchObject({ agree: 2, writtenAgree: 0, writtenDisagree: 0, base: 4 });
    expect(cand(out, 'B')).toMatchObject({ agree: 3, writtenAgree: 1, base: 5, passes: true });
    expect(out.winners).toEqual(['B']);
  });

  it('holds: "present" base — a present member who returned no ballot stays in the base; a rejected opinion does not', () => {
    const ids = members(6);
    const electorate = { memberIds: ids, attendance: { ...allPresent(ids), m6: 'absent-written' as const }, recusals: {}, writtenOpinions: { m6: ['A', 'B'] } };
    const tally: Tally = { issued: 5, returned: 4, valid: 4, invalid: 0, perCandidate: { A: { agree: 3, disagree: 1 }, B: { agree: 1, disagree: 3 } } };
    const out = countRound({ rules: { ...DEFAULT_VOTING_RULES, base: 'present' }, quota: 1, candidateIds: ['A', 'B'], attempt: 1, electorate, tally });
    expect(out.writtenOpinions[0]?.status).toBe('rejected');
    expect(cand(out, 'A')).toMatchObject({ agree: 3, base: 5, required: 3, passes: true });
  });

  it('holds: the tally check refuses recusedValid out of range (more than the present recused members, or than the valid ballots)', () => {
    const round = {
      rules: DEFAULT_VOTING_RULES,
      candidateIds: ['A'],
      quota: 1,
      electorate: { memberIds: members(5), attendance: allPresent(members(5)), recusals: { m1: ['A'] }, writtenOpinions: {} },
    };
    const over: Tally = { issued: 5, returned: 5, valid: 5, invalid: 0, perCandidate: { A: { agree: 1, disagree: 2, recusedValid: 2 } } };
    expect(checkTally(over, tallyContextOf(round)).map((i) => i.code)).toContain('recused-valid-range');
  });
});
