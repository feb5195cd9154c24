// Rounds are named by what they decide, in every paper and screen: "Bỏ phiếu cá nhân",
// "Bỏ phiếu tập thể", "Bầu lại (lần 2) cá nhân", "… (điều chỉnh)". "Vòng 2" alone would read
// as a run-off when it is the collective round.
import type { VotingRound } from './council';
import { CATEGORY_LABELS } from './rules';

export function roundTitle(round: Pick<VotingRound, 'category' | 'runoffOf' | 'attempt' | 'replacesRoundId'>, awardName?: string): string {
  const what = awardName ? `${CATEGORY_LABELS[round.category].toLocaleLowerCase('vi')} — ${awardName}` : CATEGORY_LABELS[round.category].toLocaleLowerCase('vi');
  const title = round.runoffOf ? `Bầu lại (lần ${round.attempt}) ${what}` : `Bỏ phiếu ${what}`;
  return round.replacesRoundId ? `${title} (điều chỉnh)` : title;
}
