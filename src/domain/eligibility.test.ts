import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { campaignFields } from './campaign';
import { plan99Template } from './templates/plan-99';
import { evaluateEligibility, type EligibilityInput } from './eligibility';

const campaign = campaignFields.parse(plan99Template());
const ids = campaign.criteria.map((c) => c.id);
const allMet = ids.map((criterionId) => ({ criterionId, result: 'dat' as const }));

function input(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return { campaign, category: 'individual', evidence: ids.map((criterionId) => ({ criterionId })), appraisals: allMet, complaints: [], ...overrides };
}

describe('eligibility', () => {
  it('is eligible when every criterion is appraised đạt and there is no complaint', () => {
    const r = evaluateEligibility(input());
    expect(r).toMatchObject({ eligible: true, disqualified: false, criteriaMet: 4, criteriaTotal: 4, reasons: [] });
  });

  it('says which criterion lacks evidence or appraisal, in Vietnamese', () => {
    const r = evaluateEligibility(input({ evidence: [{ criterionId: ids[0] ?? '' }], appraisals: [{ criterionId: ids[0] ?? '', result: 'dat' }, { criterionId: ids[2] ?? '', result: 'khong-dat' }] }));
    expect(r.eligible).toBe(false);
    expect(r.reasons).toEqual(['Chưa có minh chứng cho tiêu chí 2', 'Tiêu chí 3: không đạt', 'Chưa có minh chứng cho tiêu chí 4']);
    expect(r.criteriaMet).toBe(1);
  });

  it('reports evidence awaiting appraisal', () => {
    const r = evaluateEligibility(input({ appraisals: allMet.slice(1) }));
    expect(r.reasons).toEqual(['Tiêu chí 1: chưa được đánh giá']);
    const r2 = evaluateEligibility(input({ appraisals: [...allMet.slice(1), { criterionId: ids[0] ?? '', result: 'chua-dat' }] }));
    expect(r2.reasons).toEqual(['Tiêu chí 1: chưa đạt']);
  });

  it('ignores deleted evidence, appraisals and complaints', () => {
    const r = evaluateEligibility(input({ appraisals: allMet.map((a) => ({ ...a, deletedAt: '2024-05-01T00:00:00.000Z' })), evidence: [] }));
    expect(r.criteriaMet).toBe(0);
    const r2 = evaluateEligibility(input({ complaints: [{ date: '2024-06-01', substantiated: true, deletedAt: '2024-07-01T00:00:00.000Z' }] }));
    expect(r2.eligible).toBe(true);
  });

  // Plan 99's criterion 1 counts complaints of the whole campaign year ("trong năm").
  const inPeriod = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const outside = fc.oneof(
    fc.date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2023-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }),
  ).map((d) => d.toISOString().slice(0, 10));
  const unsubstantiated = fc.array(fc.oneof(inPeriod, outside).map((date) => ({ date, substantiated: false })), { maxLength: 5 });

  it('one substantiated complaint in the period always disqualifies', () => {
    fc.assert(
      fc.property(inPeriod, unsubstantiated, fc.constantFrom('individual', 'collective' as const), (date, others, category) => {
        const r = evaluateEligibility(input({ category, complaints: [...others, { date, substantiated: true }] }));
        expect(r.eligible).toBe(false);
        expect(r.disqualified).toBe(true);
        expect(r.reasons.some((x) => x.startsWith('Có phản ánh được xác minh ngày'))).toBe(true);
      }),
    );
  });

  it('a complaint outside the period, or not substantiated, never disqualifies', () => {
    fc.assert(
      fc.property(fc.array(outside, { maxLength: 5 }), unsubstantiated, (dates, others) => {
        const r = evaluateEligibility(input({ complaints: [...others, ...dates.map((date) => ({ date, substantiated: true }))] }));
        expect(r.disqualified).toBe(false);
        expect(r.eligible).toBe(true);
      }),
    );
  });
});
