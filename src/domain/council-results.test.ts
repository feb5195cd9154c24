import { describe, expect, it } from 'vitest';
import { nominationVotes, statusAfterPublishing, supersededRoundIds, type NominationVote } from './council-results';
import { NOMINATION_STATUSES } from './nomination';
import { DEFAULT_VOTING_RULES } from './rules';
import type { VotingRound } from './council';
import { countRound } from './vote-counting';

const meta = { createdAt: '2025-01-10T01:00:00.000Z', updatedAt: '2025-01-10T01:00:00.000Z', rev: 1 };
const electorate = { memberIds: ['m1', 'm2', 'm3'], attendance: { m1: 'present', m2: 'present', m3: 'present' } as const, recusals: {}, writtenOpinions: {} };
const round = (id: string, n: number, agree: Record<string, number>, extra: Partial<VotingRound> = {}): VotingRound => {
  const tally = { issued: 3, returned: 3, valid: 3, invalid: 0, perCandidate: Object.fromEntries(Object.entries(agree).map(([k, v]) => [k, { agree: v, disagree: 3 - v }])) };
  const attempt = extra.attempt ?? 1;
  const result = { ...countRound({ rules: DEFAULT_VOTING_RULES, quota: 1, candidateIds: Object.keys(agree), attempt, electorate, tally }), computedAt: meta.createdAt };
  return {
    ...meta, id, campaignId: 'c', sessionId: 's', number: n, category: 'individual', candidateIds: Object.keys(agree), quota: 1,
    rules: DEFAULT_VOTING_RULES, status: 'published', publishedAt: `2025-01-10T0${n}:00:00.000Z`, attempt, votedMemberIds: [],
    mismatchAcceptedReason: '', correctionReason: '', electorate, tally, result,
    ...extra,
  };
};

describe('nominationVotes', () => {
  it('takes the frozen result of the latest published round for each nomination', () => {
    const votes = nominationVotes([round('r1', 1, { a: 2, b: 2 }), round('r2', 2, { a: 3, b: 0 }, { runoffOf: 'r1', attempt: 2 })]);
    expect(votes.get('a')).toMatchObject({ roundId: 'r2', agree: 3, base: 3, percent: '100%', selected: true, tied: false });
    expect(votes.get('b')).toMatchObject({ roundId: 'r2', agree: 0, selected: false });
  });
  it('never recounts: what the frozen record says is what it reports', () => {
    const r = round('r1', 1, { a: 3 });
    const tampered: VotingRound = { ...r, tally: { issued: 3, returned: 3, valid: 3, invalid: 0, perCandidate: { a: { agree: 0, disagree: 3 } } } };
    expect(nominationVotes([tampered]).get('a')).toMatchObject({ agree: 3, selected: true });
  });
  it('ignores unpublished rounds and rounds replaced by a correction', () => {
    const votes = nominationVotes([round('r1', 1, { a: 3 }), round('r2', 2, { a: 1 }, { replacesRoundId: 'r1', status: 'closed' })]);
    expect(votes.get('a')).toBeUndefined(); // r1 was replaced, r2 not yet published
  });
  it('reports a tie that is still open', () => {
    const votes = nominationVotes([round('r1', 1, { a: 2, b: 2 })]);
    expect(votes.get('a')).toMatchObject({ tied: true, selected: false });
  });
});

describe('supersededRoundIds', () => {
  it('a correction supersedes the corrected round and its whole chain of run-offs', () => {
    const rounds = [
      round('r1', 1, { a: 2, b: 2 }),
      round('r2', 2, { a: 2, b: 1 }, { runoffOf: 'r1', attempt: 2 }),
      round('r4', 4, { a: 2, b: 1 }, { runoffOf: 'r2', attempt: 3 }),
      round('r3', 3, { a: 3, b: 3 }, { replacesRoundId: 'r1' }),
      round('r5', 5, { a: 3, b: 1 }, { runoffOf: 'r3', attempt: 2 }),
    ];
    expect([...supersededRoundIds(rounds)].sort()).toEqual(['r1', 'r2', 'r4']);
    // The published leftover run-off r2 no longer decides anything.
    expect(nominationVotes(rounds).get('b')).toMatchObject({ roundId: 'r5' });
  });
});

describe('statusAfterPublishing', () => {
  const vote = (selected: boolean, tied: boolean) => ({ selected, tied }) as NominationVote;
  it('moves every open status to what the council decided, and never touches a settled one', () => {
    for (const current of NOMINATION_STATUSES) {
      for (const [v, expected] of [
        [vote(true, false), 'selected'],
        [vote(false, true), 'on-ballot'],
        [vote(false, false), 'not-selected'],
      ] as const) {
        const next = statusAfterPublishing(current, v);
        if (current === 'awarded' || current === 'withdrawn') expect(next, current).toBeNull();
        else expect(next, `${current} → ${expected}`).toBe(current === expected ? null : expected);
      }
      expect(statusAfterPublishing(current, undefined)).toBeNull();
    }
  });
});
