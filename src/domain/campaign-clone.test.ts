import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { campaignFields } from './campaign';
import { cloneCampaignFields, shiftIsoDate, shiftYearsInText } from './campaign-clone';
import { plan99Template } from './templates/plan-99';
import { blankCampaign } from './templates/blank';

const plan = () => {
  const c = campaignFields.parse(plan99Template());
  return { ...c, gates: c.gates.map((g, i) => ({ ...g, value: i === 0 ? true : 2, score: 90 })) };
};

describe('campaign schema', () => {
  it('round-trips the plan-99 template: parsing twice and through JSON changes nothing', () => {
    const once = campaignFields.parse(plan99Template());
    expect(campaignFields.parse(once)).toEqual(once);
    expect(campaignFields.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
    expect(once.criteria).toHaveLength(4);
    expect(once.gates.filter((g) => g.listedWithCriteria)).toHaveLength(1);
  });

  it('round-trips a blank campaign and refuses an end before the start, in Vietnamese', () => {
    const blank = campaignFields.parse(blankCampaign({ year: 2026, organisationName: 'Ủy ban nhân dân xã Văn Giáo', place: 'Văn Giáo' }));
    expect(campaignFields.parse(blank)).toEqual(blank);
    const bad = campaignFields.safeParse({ ...blank, timeline: { ...blank.timeline, launch: '2026-05-01', end: '2026-04-30' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ['timeline', 'end'], message: 'Ngày kết thúc không được trước ngày phát động' });
  });

  it('normalises text pasted from Word', () => {
    const c = campaignFields.parse({ ...plan99Template(), shortName: '  Phong tra\u0300o   thi đua ' });
    expect(c.shortName).toBe('Phong trào thi đua');
  });
});

describe('clone to a new year', () => {
  it('moves dates and years by one, clears numbers and results, and starts as a draft', () => {
    const source = { ...plan(), status: 'closed' as const, documentNumber: '99/KH-UBND' };
    const next = cloneCampaignFields(source);
    expect(next.year).toBe(2025);
    expect(next.status).toBe('draft');
    expect(next.documentNumber).toBe('');
    expect(next.issueDate).toBeUndefined();
    expect(next.timeline).toMatchObject({ launch: '2025-04-26', end: '2025-12-31', reviewMonth: '2026-01', reviewText: 'Trong tháng 01/2026.' });
    expect(next.title).toContain('năm 2025');
    expect(next.rewardHeading).toContain('năm 2025');
    for (const g of next.gates) {
      expect(g.value).toBeUndefined();
      expect(g.score).toBeUndefined();
      expect(g.proof.documentNumber).toBe('');
    }
    // Basis documents are real documents of their own year: kept as they are.
    expect(next.basis.map((b) => [b.number, b.date])).toEqual(source.basis.map((b) => [b.number, b.date]));
    // Quotas and rules are kept; every inner id is new.
    expect(next.rewards.map((r) => r.quota)).toEqual([1, 3]);
    expect(next.criteria.map((c) => c.id)).not.toEqual(source.criteria.map((c) => c.id));
    expect(campaignFields.safeParse(next).success).toBe(true);
  });

  it('moves the dates of a complaint window with the year; other windows follow the campaign by themselves', () => {
    const source = plan();
    source.criteria = source.criteria.map((c, i) => (i === 0 ? { ...c, complaintWindow: { kind: 'dates' as const, from: '2024-01-01', to: '2024-06-30' } } : c));
    expect(cloneCampaignFields(source).criteria.map((c) => c.complaintWindow)).toEqual([{ kind: 'dates', from: '2025-01-01', to: '2025-06-30' }, undefined, undefined, undefined]);
    expect(cloneCampaignFields(plan()).criteria[0]?.complaintWindow).toEqual({ kind: 'calendar-year' });
  });

  it('never shifts a year twice and leaves other numbers alone', () => {
    expect(shiftYearsInText('năm 2024, tháng 01/2025, số 1970/KH-UBND, 2030', 2024, 1)).toBe('năm 2025, tháng 01/2026, số 1970/KH-UBND, 2030');
    expect(shiftIsoDate('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('any valid date moves by exactly one year (day kept unless 29 February)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const shifted = shiftIsoDate(iso, 1) ?? '';
        expect(Number(shifted.slice(0, 4))).toBe(Number(iso.slice(0, 4)) + 1);
        expect(shifted.slice(5, 7)).toBe(iso.slice(5, 7));
        if (iso.slice(5) !== '02-29') expect(shifted.slice(8)).toBe(iso.slice(8));
      }),
    );
  });
});
