// Every combination of evidence and appraisal over the plan's four criteria, for both
// categories, checked against the rule stated plainly; plus order independence.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { campaignFields } from './campaign';
import { plan99Template } from './templates/plan-99';
import { evaluateEligibility } from './eligibility';
import { APPRAISAL_RESULTS, type AppraisalResult } from './evidence';

const campaign = campaignFields.parse(plan99Template());
type CellCase = { evidence: boolean; appraisal: AppraisalResult | null };
const CELL_CASES: CellCase[] = [false, true].flatMap((evidence) => [null, ...APPRAISAL_RESULTS].map((appraisal) => ({ evidence, appraisal })));

function* allCombinations(n: number): Generator<CellCase[]> {
  if (n === 0) {
    yield [];
    return;
  }
  for (const rest of allCombinations(n - 1)) for (const c of CELL_CASES) yield [c, ...rest];
}

function build(cells: CellCase[], complaints: { date: string; substantiated: boolean }[] = []) {
  return {
    evidence: cells.flatMap((c, i) => (c.evidence ? [{ criterionId: campaign.criteria[i]?.id ?? '' }] : [])),
    appraisals: cells.flatMap((c, i) => (c.appraisal ? [{ criterionId: campaign.criteria[i]?.id ?? '', result: c.appraisal }] : [])),
    complaints,
  };
}

describe('eligibility, exhaustively', () => {
  it('is eligible exactly when every criterion is appraised đạt, with one reason per criterion that is not', () => {
    let checked = 0;
    for (const cells of allCombinations(campaign.criteria.length)) {
      for (const category of ['individual', 'collective'] as const) {
        const r = evaluateEligibility({ campaign, category, ...build(cells) });
        const met = cells.filter((c) => c.appraisal === 'dat').length;
        expect(r.eligible).toBe(met === cells.length);
        expect(r.criteriaMet).toBe(met);
        expect(r.criteriaTotal).toBe(cells.length);
        expect(r.reasons).toHaveLength(cells.length - met);
        cells.forEach((c, i) => {
          const expected = c.appraisal === 'dat' ? 'met' : c.appraisal === 'khong-dat' ? 'not-met' : !c.evidence && !c.appraisal ? 'no-evidence' : 'pending';
          expect(r.perCriterion[i]?.state).toBe(expected);
          if (expected === 'no-evidence') expect(r.reasons).toContain(`Chưa có minh chứng cho tiêu chí ${i + 1}`);
        });
        checked++;
      }
    }
    expect(checked).toBe(2 * 8 ** 4);
  });

  it('a substantiated complaint in the period disqualifies whatever the appraisals; its reason comes last with the date', () => {
    for (const cells of allCombinations(campaign.criteria.length)) {
      const r = evaluateEligibility({ campaign, category: 'individual', ...build(cells, [{ date: '2024-09-12', substantiated: true }]) });
      expect(r.disqualified).toBe(true);
      expect(r.eligible).toBe(false);
      expect(r.reasons.at(-1)).toBe('Có phản ánh được xác minh ngày 12/09/2024, trong năm 2024');
    }
  });

  it('a campaign-period window is inclusive at both ends and follows the campaign timeline', () => {
    const byPeriod = { ...campaign, criteria: campaign.criteria.map((c) => (c.kind === 'disqualifier' ? { ...c, complaintWindow: { kind: 'campaign-period' as const } } : c)) };
    const at = (date: string) => evaluateEligibility({ campaign: byPeriod, category: 'individual', ...build([], [{ date, substantiated: true }]) }).disqualified;
    expect([at('2024-04-25'), at('2024-04-26'), at('2024-12-31'), at('2025-01-01')]).toEqual([false, true, true, false]);
    const noDates = { ...byPeriod, timeline: { ...campaign.timeline, launch: undefined, end: undefined } };
    const r = (date: string) => evaluateEligibility({ campaign: noDates, category: 'individual', evidence: [], appraisals: [], complaints: [{ date, substantiated: true }] }).disqualified;
    expect([r('2023-12-31'), r('2024-01-01'), r('2024-12-31'), r('2025-01-01')]).toEqual([false, true, true, false]);
  });

  it('without a disqualifier criterion, complaints never disqualify', () => {
    const noDisqualifier = { ...campaign, criteria: campaign.criteria.map((c) => ({ ...c, kind: 'required' as const })) };
    const r = evaluateEligibility({ campaign: noDisqualifier, category: 'individual', evidence: [], appraisals: [], complaints: [{ date: '2024-06-01', substantiated: true }] });
    expect(r.disqualified).toBe(false);
  });

  it('only criteria that apply to the category count', () => {
    const split = { ...campaign, criteria: campaign.criteria.map((c, i) => ({ ...c, appliesTo: i === 3 ? ('collective' as const) : c.appliesTo })) };
    const cells = build(Array<CellCase>(3).fill({ evidence: true, appraisal: 'dat' }));
    const r = evaluateEligibility({ campaign: split, category: 'individual', ...cells });
    expect(r).toMatchObject({ eligible: true, criteriaTotal: 3, criteriaMet: 3 });
    expect(evaluateEligibility({ campaign: split, category: 'collective', ...cells }).reasons).toEqual(['Chưa có minh chứng cho tiêu chí 4']);
  });

  it('does not depend on the order of evidence, appraisals or complaints', () => {
    const cell = fc.record({ evidence: fc.boolean(), appraisal: fc.constantFrom(null, ...APPRAISAL_RESULTS) });
    const complaint = fc.record({ date: fc.constantFrom('2024-03-01', '2024-05-01', '2024-10-10', '2025-02-01'), substantiated: fc.boolean() });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 4, maxLength: 4 }), fc.array(complaint, { maxLength: 4 }), (cells, complaints) => {
        const input = { campaign, category: 'individual' as const, ...build(cells, complaints) };
        const reversed = { ...input, evidence: [...input.evidence].reverse(), appraisals: [...input.appraisals].reverse(), complaints: [...input.complaints].reverse() };
        expect(evaluateEligibility(reversed)).toEqual(evaluateEligibility(input));
      }),
    );
  });
});
