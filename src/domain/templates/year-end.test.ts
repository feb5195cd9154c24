// The year-end template: valid for the schema, three titles with their coefficients and sources,
// CSTĐ voted by 80% of all members while the others keep the campaign's rule, and the amounts
// a 2025 decision pays at the 2,340,000 đ base salary.
import { describe, expect, it } from 'vitest';
import { campaignFields } from '../campaign';
import { rewardAmount } from '../money';
import { DEFAULT_MONEY_RULES, rulesForAward } from '../rules';
import { isYearEndCampaign } from '../year-end';
import { yearEndTemplate } from './year-end';
import { plan99Template } from './plan-99';

const campaign = campaignFields.parse(yearEndTemplate({ year: 2025, organisationName: 'Ủy ban nhân dân xã Văn Giáo', place: 'Văn Giáo', people: 30, units: 8 }));

describe('the year-end template', () => {
  it('is named for its year and is recognised as a year-end campaign, unlike plan 99', () => {
    expect(campaign.shortName).toBe('Bình xét danh hiệu thi đua năm 2025');
    expect(campaign.timeline).toMatchObject({ launch: '2025-01-01', end: '2025-12-31' });
    expect(isYearEndCampaign(campaign)).toBe(true);
    expect(isYearEndCampaign(campaignFields.parse(plan99Template()))).toBe(false);
  });

  it('has the three titles with their coefficients from Decree 152/2025 and no gates', () => {
    expect(campaign.gates).toEqual([]);
    expect(campaign.rewards.map((r) => [r.titleKey, r.category, r.coefficient, r.quota])).toEqual([
      ['lao-dong-tien-tien', 'individual', 0.3, 30],
      ['chien-si-thi-dua-co-so', 'individual', 1, 30],
      ['tap-the-lao-dong-tien-tien', 'collective', 0.8, 8],
    ]);
    for (const r of campaign.rewards) expect(r.coefficientSource).toContain('Nghị định 152/2025/NĐ-CP');
  });

  it('CSTĐ cơ sở needs 80% of all council members; LĐTT keeps the campaign’s simple majority', () => {
    const [ldtt, cstd] = campaign.rewards;
    expect(rulesForAward(campaign.votingRules, cstd)).toMatchObject({ threshold: { kind: 'fraction', numerator: 4, denominator: 5, comparison: 'at-least' }, base: 'all-members' });
    expect(rulesForAward(campaign.votingRules, ldtt).threshold).toEqual({ kind: 'majority' });
  });

  it('pays 710.000 đ, 2.340.000 đ and 1.880.000 đ at the 2,340,000 đ base: 702,000 and 1,872,000 rounded up to tens of thousands', () => {
    expect(campaign.rewards.map((r) => rewardAmount(r.coefficient, 2_340_000, DEFAULT_MONEY_RULES))).toEqual([710_000, 2_340_000, 1_880_000]);
    expect(campaign.rewards.map((r) => rewardAmount(r.coefficient, 2_340_000, { roundTo: 1 }))).toEqual([702_000, 2_340_000, 1_872_000]);
  });

  it('gives fresh ids each time', () => {
    const again = yearEndTemplate({ year: 2025, organisationName: '', place: '', people: 1, units: 1 });
    expect(again.rewards?.[0]?.id).not.toBe(campaign.rewards[0]?.id);
  });
});
