import { describe, expect, it } from 'vitest';
import type { Reward } from './campaign';
import { awardLabel, awardRoundDefaults, defaultRoundQuota, nomineesOfAward, rulesLine, sessionQuorums } from './award-rules';
import { DEFAULT_VOTING_RULES, votingRulesSchema, type VotingRules } from './rules';
import { requiredVotes } from './quorum';

const giayKhen: Reward = { id: 'gk', form: 'Giấy khen của Chủ tịch Ủy ban nhân dân xã', category: 'individual', quota: 3, coefficient: 0.3, coefficientSource: '', proposeToHigherLevel: false };
const cstd: Reward = {
  id: 'cs',
  form: 'Chiến sĩ thi đua cơ sở',
  category: 'individual',
  quota: 1,
  coefficient: 1,
  coefficientSource: '',
  proposeToHigherLevel: false,
  votingRules: { ...DEFAULT_VOTING_RULES, threshold: { kind: 'fraction', numerator: 4, denominator: 5, comparison: 'at-least' }, base: 'all-members' },
};
const campaignRules: VotingRules = { ...DEFAULT_VOTING_RULES, base: 'present' };

describe('awardRoundDefaults', () => {
  it('an award without rules of its own is voted under the campaign rules, with its quota', () => {
    expect(awardRoundDefaults(campaignRules, giayKhen)).toEqual({ rewardId: 'gk', category: 'individual', quota: 3, rules: campaignRules });
  });

  it('an award with its own rules uses them: 80% of all members for Chiến sĩ thi đua cơ sở', () => {
    const round = awardRoundDefaults(campaignRules, cstd);
    expect(round).toMatchObject({ rewardId: 'cs', quota: 1, rules: { base: 'all-members' } });
    // 9 members: 4/5 × 9 = 7.2 → 8 votes; a simple majority would need 5.
    expect(requiredVotes(round.rules.threshold, 9)).toBe(8);
    expect(requiredVotes(awardRoundDefaults(campaignRules, giayKhen).rules.threshold, 9)).toBe(5);
  });

  it('names awards that share a form apart', () => {
    expect(awardLabel({ ...giayKhen, category: 'collective' })).toBe('Giấy khen của Chủ tịch Ủy ban nhân dân xã (tập thể)');
    expect(awardLabel(giayKhen)).toBe('Giấy khen của Chủ tịch Ủy ban nhân dân xã (cá nhân)');
  });
});

describe('defaultRoundQuota', () => {
  it('a title (quota: everyone registered) chooses at most its nominees: 3 CSTĐ nominees, not 30', () => {
    expect(defaultRoundQuota({ quota: 30 }, 3)).toBe(3);
    expect(defaultRoundQuota({ quota: 30 }, 28)).toBe(28);
  });

  it('an award with a quota keeps it when there are more nominees, and a round chooses at least one', () => {
    expect(defaultRoundQuota(giayKhen, 5)).toBe(3);
    expect(defaultRoundQuota(giayKhen, 3)).toBe(3);
    expect(defaultRoundQuota(cstd, 0)).toBe(1);
  });
});

describe('nomineesOfAward', () => {
  const nominations = [
    { id: 'a', rewardId: 'gk', category: 'individual' as const },
    { id: 'b', rewardId: 'cs', category: 'individual' as const },
    { id: 'c', rewardId: 'removed', category: 'individual' as const },
    { id: 'd', rewardId: 'removed', category: 'collective' as const },
  ];
  it('takes the nominations made for the award, and those of its category whose award left the plan', () => {
    expect(nomineesOfAward(nominations, giayKhen, [giayKhen, cstd]).map((n) => n.id)).toEqual(['a', 'c']);
    expect(nomineesOfAward(nominations, cstd, [giayKhen, cstd]).map((n) => n.id)).toEqual(['b', 'c']);
  });
});

describe('rulesLine', () => {
  it('reads the threshold, its base and the quorum', () => {
    expect(rulesLine(cstd.votingRules as VotingRules)).toBe('Đạt khi đồng ý ít nhất 4/5 (80%) tổng số thành viên Hội đồng; túc số: ít nhất 2/3 tổng số thành viên');
    const quaNua = votingRulesSchema.parse({ ...DEFAULT_VOTING_RULES, base: 'present', quorum: { numerator: 1, denominator: 2, comparison: 'more-than' } });
    expect(rulesLine(quaNua)).toBe('Đạt khi đồng ý quá bán (trên 50%) số thành viên có mặt; túc số: quá nửa tổng số thành viên');
  });
});

describe('sessionQuorums', () => {
  const awards = (own?: VotingRules): Reward[] => [
    { id: 'a', form: 'Giấy khen', category: 'collective', quota: 1, coefficient: 1, coefficientSource: '', proposeToHigherLevel: false },
    { id: 'b', form: 'Chiến sĩ thi đua cơ sở', category: 'individual', quota: 1, coefficient: 1, coefficientSource: '', proposeToHigherLevel: false, ...(own ? { votingRules: own } : {}) },
  ];
  it('one badge when every award counts the quorum as the campaign does', () => {
    const q = sessionQuorums(DEFAULT_VOTING_RULES, awards(), 9, 6);
    expect(q).toEqual([{ label: '', check: { total: 9, present: 6, required: 6, met: true } }]);
  });
  it('an award needing more members present gets its own badge, unmet where the general one is met', () => {
    const strict = { ...DEFAULT_VOTING_RULES, quorum: { numerator: 4, denominator: 5, comparison: 'at-least' as const } };
    const q = sessionQuorums(DEFAULT_VOTING_RULES, awards(strict), 9, 6);
    expect(q.map((x) => [x.label, x.check.required, x.check.met])).toEqual([
      ['', 6, true],
      ['Chiến sĩ thi đua cơ sở (cá nhân)', 8, false],
    ]);
  });
});
