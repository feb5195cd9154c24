import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CAMPAIGN_STATUSES, type CampaignStatus } from './campaign';
import { allowedTransitions, canTransition, permissions, type TransitionInfo } from './campaign-lifecycle';

const order = (s: CampaignStatus) => CAMPAIGN_STATUSES.indexOf(s);

describe('campaign lifecycle', () => {
  it('goes forward one step at a time from draft to closed', () => {
    const path: CampaignStatus[] = ['draft'];
    let current: CampaignStatus = 'draft';
    for (;;) {
      const next: TransitionInfo | undefined = allowedTransitions(current).find((t) => !t.back);
      if (!next) break;
      current = next.to;
      path.push(current);
    }
    expect(path).toEqual([...CAMPAIGN_STATUSES]);
  });

  it('allows only neighbouring steps, never skips, and a decision or closure is not undone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CAMPAIGN_STATUSES), fc.constantFrom(...CAMPAIGN_STATUSES), (from, to) => {
        const ok = canTransition(from, to);
        if (ok) expect(Math.abs(order(from) - order(to))).toBe(1);
        if (Math.abs(order(from) - order(to)) !== 1) expect(ok).toBe(false);
        if (order(to) === order(from) + 1) expect(ok).toBe(true);
        if ((from === 'decided' || from === 'closed') && order(to) < order(from)) expect(ok).toBe(false);
      }),
    );
  });

  it('any sequence of allowed moves stays on the chain', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(3), { maxLength: 30 }), (choices) => {
        let s: CampaignStatus = 'draft';
        for (const c of choices) {
          const options = allowedTransitions(s);
          if (options.length === 0) break;
          const next = options[c % options.length];
          if (next) s = next.to;
        }
        expect(CAMPAIGN_STATUSES).toContain(s);
      }),
    );
    expect(allowedTransitions('closed')).toEqual([]);
  });

  it('edits the plan only in draft or launched, deletes only a draft', () => {
    const editable = CAMPAIGN_STATUSES.filter((s) => permissions(s).editPlan);
    expect(editable).toEqual(['draft', 'launched']);
    expect(CAMPAIGN_STATUSES.filter((s) => permissions(s).remove)).toEqual(['draft']);
    expect(CAMPAIGN_STATUSES.filter((s) => permissions(s).vote)).toEqual(['council']);
    expect(permissions('closed').recordGates).toBe(false);
  });
});
