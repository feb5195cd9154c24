// Rounds are named by what they decide, in every paper and screen: "Bỏ phiếu cá nhân",
// "Bỏ phiếu tập thể", "Bầu lại (lần 2) cá nhân", "… (điều chỉnh)". "Vòng 2" alone would read
// as a run-off when it is the collective round.
import type { Reward } from './campaign';
import type { VotingRound } from './council';
import { CATEGORY_LABELS } from './rules';

export function roundTitle(round: Pick<VotingRound, 'category' | 'runoffOf' | 'attempt' | 'replacesRoundId'>, awardName?: string): string {
  const what = awardName ? `${CATEGORY_LABELS[round.category].toLocaleLowerCase('vi')} — ${awardName}` : CATEGORY_LABELS[round.category].toLocaleLowerCase('vi');
  const title = round.runoffOf ? `Bầu lại (lần ${round.attempt}) ${what}` : `Bỏ phiếu ${what}`;
  return round.replacesRoundId ? `${title} (điều chỉnh)` : title;
}

/**
 * A round named where the plan has several awards of its category (LĐTT and Chiến sĩ thi đua cơ sở
 * are both for individuals): the award's name is added, or two rounds of one session would both
 * read "Bỏ phiếu cá nhân" on the projector and in the minutes. A plan with one award per category
 * keeps the short name.
 */
export function roundTitleIn(rewards: readonly Pick<Reward, 'id' | 'form' | 'category'>[], round: Pick<VotingRound, 'category' | 'runoffOf' | 'attempt' | 'replacesRoundId' | 'rewardId'>): string {
  const award = round.rewardId ? rewards.find((r) => r.id === round.rewardId) : undefined;
  const several = rewards.filter((r) => r.category === round.category).length > 1;
  return roundTitle(round, several && award ? award.form : undefined);
}

/**
 * The projector's heading for a round's result, short enough for one line at 1366×768: the award
 * alone where it is named (it already says "cá nhân" or "tập thể"), else the round's title.
 */
export function roundHeadlineIn(rewards: readonly Pick<Reward, 'id' | 'form' | 'category'>[], round: Pick<VotingRound, 'category' | 'runoffOf' | 'attempt' | 'replacesRoundId' | 'rewardId'>): string {
  const award = round.rewardId ? rewards.find((r) => r.id === round.rewardId) : undefined;
  const several = rewards.filter((r) => r.category === round.category).length > 1;
  if (!award || !several) return roundTitle(round);
  const title = round.runoffOf ? `Bầu lại (lần ${round.attempt}) — ${award.form}` : award.form;
  return round.replacesRoundId ? `${title} (điều chỉnh)` : title;
}
