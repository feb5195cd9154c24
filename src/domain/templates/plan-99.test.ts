import { describe, expect, it } from 'vitest';
import { campaignFields } from '../campaign';
import { plan99Template } from './plan-99';

describe('plan 99 template', () => {
  it('is a valid campaign with the plan\'s criteria, gates, quotas and recipients', () => {
    const parsed = campaignFields.parse(plan99Template());
    expect(parsed.documentNumber).toBe('99/KH-UBND');
    expect(parsed.issueDate).toBe('2024-04-26');
    expect(parsed.criteria).toHaveLength(4);
    expect(parsed.criteria.map((c) => c.kind)).toEqual(['disqualifier', 'required', 'required', 'initiative']);
    expect(parsed.gates.map((g) => g.kind)).toEqual(['yes-no', 'rank-at-most']);
    expect(parsed.gates[1]?.maxRank).toBe(3);
    expect(parsed.rewards.map((r) => [r.category, r.quota])).toEqual([['collective', 1], ['individual', 3]]);
    expect(parsed.recipients).toHaveLength(6);
    expect(parsed.signature.signerName).toBe('Hồ Văn Đức');
  });

  it('gives fresh ids each time', () => {
    const a = plan99Template();
    const b = plan99Template();
    expect(a.criteria[0]?.id).not.toBe(b.criteria[0]?.id);
  });
});
