// "Đề xuất mọi đối tượng đủ điều kiện" where a category has several awards (a year-end
// campaign): each participant is proposed for every title they meet and do not hold yet
// (LĐTT and CSTĐ cơ sở for a person, Tập thể LĐTT for a unit), never for one they do not meet.
import type { Reward } from '../../domain/campaign';
import type { NominationRow } from './table-rows';

export type EveryTitleRow = Pick<NominationRow, 'participantId' | 'name' | 'category' | 'eligible' | 'nominated' | 'nominatedRewardIds' | 'titles'>;

export interface TitleProposal {
  participantId: string;
  name: string;
  rewardId: string;
  /** Why the title is met, in words ("Đạt Lao động tiên tiến: …"); "" where the award has no title rule. */
  explanation: string;
}

/** One proposal per (participant, award) that is met and not yet proposed, in row order then the plan's award order. */
export function proposalsForEveryTitle(rows: readonly EveryTitleRow[], rewards: readonly Pick<Reward, 'id' | 'category'>[]): TitleProposal[] {
  return rows.flatMap((row) => {
    const own = rewards.filter((r) => r.category === row.category);
    return own.flatMap((reward, i): TitleProposal[] => {
      if (row.nominatedRewardIds.includes(reward.id)) return [];
      const verdict = row.titles.get(reward.id);
      // An award without a title rule (a plan's Giấy khen): the row's own eligibility, its first award only, as before.
      const met = verdict ? verdict.state === 'met' : i === 0 && row.eligible && !row.nominated;
      return met ? [{ participantId: row.participantId, name: row.name, rewardId: reward.id, explanation: verdict?.explanation ?? '' }] : [];
    });
  });
}

/** How many proposals each award gets, in the plan's award order, awards with none left out. */
export function countPerAward<R extends Pick<Reward, 'id'>>(proposals: readonly Pick<TitleProposal, 'rewardId'>[], rewards: readonly R[]): { reward: R; count: number }[] {
  return rewards.map((reward) => ({ reward, count: proposals.filter((p) => p.rewardId === reward.id).length })).filter((c) => c.count > 0);
}
