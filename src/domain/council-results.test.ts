import { describe, expect, it } from 'vitest';
import { nominationVotes, statusAfterPublishing, type NominationVote } from './council-results';
import { NOMINATION_STATUSES } from './nomination';
import { DEFAULT_VOTING_RULES } from './rules';
import type { CouncilMember, CouncilSession, VotingRound } from './council';

const meta = { createdAt: '2025-01-10T01:00:00.000Z', updatedAt: '2025-01-10T01:00:00.000Z', rev: 1 };
const members = ['m1', 'm2', 'm3'].map((id, i) => ({ ...meta, id, campaignId: 'c', fullName: `TV ${i}`, position: '', role: 'uy-vien', order: i }) as CouncilMember);
const session = { ...meta, id: 's', campaignId: 'c', date: '2025-01-10', place: 'x', agenda: [], attendance: { m1: 'present', m2: 'present', m3: 'present' }, writtenOpinions: {}, recusals: {}, notes: '', startTime: '', endTime: '', projector: { slide: 'title' } } as CouncilSession;
const round = (id: string, n: number, agree: Record<string, number>, extra: Partial<VotingRound> = {}): VotingRound => ({
  ...meta, id, campaignId: 'c', sessionId: 's', number: n, category: 'individual', candidateIds: Object.keys(agree), quota: 1,
  rules: DEFAULT_VOTING_RULES, status: 'published', publishedAt: `2025-01-10T0${n}:00:00.000Z`, attempt: 1, votedMemberIds: [],
  mismatchAcceptedReason: '', correctionReason: '',
  tally: { issued: 3, returned: 3, valid: 3, invalid: 0, perCandidate: Object.fromEntries(Object.entries(agree).map(([k, v]) => [k, { agree: v, disagree: 3 - v }])) },
  ...extra,
});

describe('nominationVotes', () => {
  it('takes the latest published round for each nomination', () => {
    const votes = nominationVotes([round('r1', 1, { a: 2, b: 2 }), round('r2', 2, { a: 3, b: 0 }, { runoffOf: 'r1', attempt: 2 })], [session], members);
    expect(votes.get('a')).toMatchObject({ roundId: 'r2', agree: 3, selected: true, tied: false });
    expect(votes.get('b')).toMatchObject({ roundId: 'r2', agree: 0, selected: false });
  });
  it('ignores unpublished rounds and rounds replaced by a correction', () => {
    const votes = nominationVotes(
      [round('r1', 1, { a: 3 }), round('r2', 2, { a: 1 }, { replacesRoundId: 'r1', status: 'closed' })],
      [session],
      members,
    );
    expect(votes.get('a')).toBeUndefined(); // r1 was replaced, r2 not yet published
  });
  it('reports a tie that is still open', () => {
    const votes = nominationVotes([round('r1', 1, { a: 2, b: 2 })], [session], members);
    expect(votes.get('a')).toMatchObject({ tied: true, selected: false });
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
