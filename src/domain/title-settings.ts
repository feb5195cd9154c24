// A year-end campaign's title settings as the office reads and writes them: shares typed as
// "70%" or "2/3", which title each setting belongs to, and when a title's settings are frozen
// (the council has voted on it, or the decision is signed). Pure: the editor, the repository's
// guard and the tests read the same answers.
import { ANNUAL_TITLE_KEYS, ANNUAL_TITLE_NAMES, DEFAULT_TITLE_RULES, type AnnualTitleKey, type Share } from './annual-titles';
import type { Campaign, Reward } from './campaign';
import type { CampaignStatus } from './campaign-status';

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * A share as an office writes it: "70%", "70", "66,67%", "2/3". Null when it is not one.
 * Percentages keep up to two decimals (kept exact as a fraction of 10,000, then reduced).
 */
export function parseShare(text: string): Share | null {
  const t = text.trim().replace(/\s+/g, '');
  const fraction = /^(\d{1,4})\/(\d{1,4})$/.exec(t);
  if (fraction) {
    const numerator = Number(fraction[1]);
    const denominator = Number(fraction[2]);
    if (denominator === 0) return null;
    return { numerator, denominator };
  }
  const percent = /^(\d{1,3})(?:[.,](\d{1,2}))?%?$/.exec(t);
  if (!percent) return null;
  // A whole percentage stays "of 100", as written (and as the defaults store it).
  if (percent[2] === undefined) return { numerator: Number(percent[1]), denominator: 100 };
  const hundredths = Number(percent[1]) * 100 + Number((percent[2] ?? '').padEnd(2, '0'));
  const divisor = gcd(hundredths, 10_000) || 10_000;
  return { numerator: hundredths / divisor, denominator: 10_000 / divisor };
}

/** The share in lowest terms (80/100 → 4/5), as a rule's sentence prints it. */
export function reducedShare(share: Share): Share {
  const d = gcd(share.numerator, share.denominator) || 1;
  return { numerator: share.numerator / d, denominator: share.denominator / d };
}

/** Whether two shares are the same amount (7/10 and 70/100). */
export function sameShare(a: Share, b: Share): boolean {
  return a.numerator * b.denominator === b.numerator * a.denominator;
}

/** The share as the office writes it back: "70%", "66,67%", or "2/3" when no short percentage fits. */
export function shareText(share: Share): string {
  const hundredths = (share.numerator * 10_000) / share.denominator;
  if (Number.isInteger(hundredths)) {
    const whole = Math.trunc(hundredths / 100);
    const rest = hundredths % 100;
    return rest === 0 ? `${whole}%` : `${whole},${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
  }
  return `${share.numerator}/${share.denominator}`;
}

/** Which titles a campaign edit changes the settings of: the title rules, and each titled award's council rule. */
export function changedTitles(before: Pick<Campaign, 'titleRules' | 'rewards'>, after: Pick<Campaign, 'titleRules' | 'rewards'>): AnnualTitleKey[] {
  const a = before.titleRules ?? DEFAULT_TITLE_RULES;
  const b = after.titleRules ?? DEFAULT_TITLE_RULES;
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  const changed = new Set<AnnualTitleKey>();
  // The individual bar decides LĐTT, so CSTĐ cơ sở (which needs LĐTT) and the unit's share too.
  if (a.individualDisciplineBar !== b.individualDisciplineBar || a.individualDisciplineSource !== b.individualDisciplineSource) {
    for (const key of ANNUAL_TITLE_KEYS) changed.add(key);
  }
  if (!same(a.collective, b.collective)) changed.add('tap-the-lao-dong-tien-tien');
  if (!same(a.cstdCap, b.cstdCap)) changed.add('chien-si-thi-dua-co-so');
  const rulesOf = (rewards: readonly Reward[], key: AnnualTitleKey) => rewards.filter((r) => r.titleKey === key).map((r) => [r.id, r.votingRules ?? null]);
  for (const key of ANNUAL_TITLE_KEYS) if (!same(rulesOf(before.rewards, key), rulesOf(after.rewards, key))) changed.add(key);
  return ANNUAL_TITLE_KEYS.filter((k) => changed.has(k));
}

/** What a round says about a title's settings: opened or counted (frozen), or only prepared. */
export interface RoundOfTitle {
  rewardId?: string | undefined;
  status: 'prepared' | 'open' | 'closed' | 'published';
  number: number;
  deletedAt?: string | undefined;
}

export type TitleLock = { kind: 'voted'; rounds: number[] } | { kind: 'decided' } | { kind: 'prepared'; rounds: number[] };

/**
 * Why a title's settings may no longer change, or undefined when they may. Once a round for the
 * title has opened, its result is frozen with the rules it was voted under; a signed decision
 * lists who met the standard. A round only prepared carries a copy of the council rule: changing
 * that rule would leave the round on the old one, so the change waits until the round is removed.
 */
export function titleLock(
  key: AnnualTitleKey,
  campaign: { status: CampaignStatus; rewards: readonly Pick<Reward, 'id' | 'titleKey'>[] },
  rounds: readonly RoundOfTitle[],
): TitleLock | undefined {
  if (campaign.status === 'decided' || campaign.status === 'closed') return { kind: 'decided' };
  const ids = new Set(campaign.rewards.filter((r) => r.titleKey === key).map((r) => r.id));
  const mine = rounds.filter((r) => !r.deletedAt && r.rewardId !== undefined && ids.has(r.rewardId));
  const voted = mine.filter((r) => r.status !== 'prepared').map((r) => r.number);
  if (voted.length > 0) return { kind: 'voted', rounds: voted.sort((x, y) => x - y) };
  const prepared = mine.map((r) => r.number);
  return prepared.length > 0 ? { kind: 'prepared', rounds: prepared.sort((x, y) => x - y) } : undefined;
}

const roundWords = (numbers: readonly number[]) => `${numbers.length > 1 ? 'các vòng' : 'vòng'} ${numbers.join(', ')}`;

/** The lock in plain Vietnamese, for the editor's notice and the repository's refusal. */
export function titleLockText(key: AnnualTitleKey, lock: TitleLock): string {
  const name = `danh hiệu ${ANNUAL_TITLE_NAMES[key]}`;
  if (lock.kind === 'decided')
    return `Phong trào đã có quyết định công nhận nên tiêu chuẩn và quy tắc xét ${name} không sửa được nữa: quyết định đã ký theo tiêu chuẩn cũ.`;
  if (lock.kind === 'voted')
    return `Hội đồng đã bỏ phiếu ${name} (${roundWords(lock.rounds)}) nên không sửa được tiêu chuẩn và quy tắc xét danh hiệu này: kết quả đã chốt theo quy tắc cũ. Nếu kết quả sai, hãy tạo vòng điều chỉnh ở trang Hội đồng.`;
  return `Hội đồng đã chuẩn bị ${roundWords(lock.rounds)} bỏ phiếu ${name} theo quy tắc biểu quyết hiện tại. Muốn đổi quy tắc biểu quyết, hãy xoá vòng chưa mở ở trang Hội đồng rồi chuẩn bị lại.`;
}

/**
 * The refusal of an edit, or undefined: every changed title must be unlocked, except that a
 * prepared round only stops a change of its title's council rule (the standard is not on it).
 */
export function titleEditRefusal(
  before: Pick<Campaign, 'titleRules' | 'rewards' | 'status'>,
  after: Pick<Campaign, 'titleRules' | 'rewards'>,
  rounds: readonly RoundOfTitle[],
): string | undefined {
  const votingChanged = new Set(changedTitles({ titleRules: undefined, rewards: before.rewards }, { titleRules: undefined, rewards: after.rewards }));
  for (const key of changedTitles(before, after)) {
    const lock = titleLock(key, before, rounds);
    if (!lock) continue;
    if (lock.kind === 'prepared' && !votingChanged.has(key)) continue;
    return titleLockText(key, lock);
  }
  return undefined;
}

