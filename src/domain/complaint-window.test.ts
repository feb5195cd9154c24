// Which complaints disqualify: the window of each disqualifier criterion (issue #16, defect 7).
// Criterion 1 of plan 99 says "trong năm": a substantiated complaint of 15/03/2024 excludes in
// the 2024 campaign launched on 26/04/2024.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { campaignFields, criterionSchema, type Criterion } from './campaign';
import { plan99Template } from './templates/plan-99';
import { evaluateEligibility, type EligibilityInput } from './eligibility';

const campaign = campaignFields.parse(plan99Template());
const ids = campaign.criteria.map((c) => c.id);
const allMet = ids.map((criterionId) => ({ criterionId, result: 'dat' as const }));

function withWindow(window: Criterion['complaintWindow']): EligibilityInput['campaign'] {
  return { ...campaign, criteria: campaign.criteria.map((c, i) => (i === 0 ? { ...c, complaintWindow: window } : c)) };
}
function judge(c: EligibilityInput['campaign'], date: string, category: 'individual' | 'collective' = 'individual') {
  return evaluateEligibility({ campaign: c, category, evidence: [], appraisals: allMet, complaints: [{ date, substantiated: true }] });
}

describe('the complaint window of a disqualifier', () => {
  it('plan 99: a substantiated complaint of 15/03/2024, before the launch, disqualifies in the 2024 campaign', () => {
    const r = judge(campaign, '2024-03-15');
    expect(r).toMatchObject({ disqualified: true, eligible: false });
    expect(r.reasons).toEqual(['Có phản ánh được xác minh ngày 15/03/2024, trong năm 2024']);
  });

  it('the plan 99 template sets criterion 1 to the calendar year, and only it', () => {
    expect(campaign.criteria.map((c) => c.complaintWindow)).toEqual([{ kind: 'calendar-year' }, undefined, undefined, undefined]);
  });

  it('calendar year: 01/01 to 31/12 of the campaign year, both days included', () => {
    const at = (date: string) => judge(campaign, date).disqualified;
    expect([at('2023-12-31'), at('2024-01-01'), at('2024-12-31'), at('2025-01-01')]).toEqual([false, true, true, false]);
  });

  it('campaign period: from the launch to the end; the reason gives the dates', () => {
    const c = withWindow({ kind: 'campaign-period' });
    const at = (date: string) => judge(c, date).disqualified;
    expect([at('2024-03-15'), at('2024-04-25'), at('2024-04-26'), at('2024-12-31'), at('2025-01-01')]).toEqual([false, false, true, true, false]);
    expect(judge(c, '2024-09-12').reasons).toEqual(['Có phản ánh được xác minh ngày 12/09/2024, trong thời gian phát động (26/04/2024 – 31/12/2024)']);
  });

  it('dates: from and to as typed; the reason gives them', () => {
    const c = withWindow({ kind: 'dates', from: '2024-01-01', to: '2024-06-30' });
    const at = (date: string) => judge(c, date).disqualified;
    expect([at('2023-12-31'), at('2024-01-01'), at('2024-06-30'), at('2024-07-01')]).toEqual([false, true, true, false]);
    expect(judge(c, '2024-03-15').reasons).toEqual(['Có phản ánh được xác minh ngày 15/03/2024, trong thời gian từ 01/01/2024 đến 30/06/2024']);
  });

  it('a campaign stored before the setting existed (no window on its criteria) counts the calendar year', () => {
    const stored = { ...campaign, criteria: campaign.criteria.map(({ complaintWindow: _w, ...c }) => c) };
    expect(judge(stored, '2024-03-15').reasons).toEqual(['Có phản ánh được xác minh ngày 15/03/2024, trong năm 2024']);
  });

  it('old data and old backups parse: a criterion without the setting is valid and stays without it', () => {
    const old = { id: ids[0], shortName: 'Chấp hành tốt', text: 'Không bị phản ánh', appliesTo: 'both', kind: 'disqualifier' };
    const parsed = criterionSchema.safeParse(old);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.complaintWindow).toBeUndefined();
  });

  it('"dates" needs both days, in order, with Vietnamese messages at the right field', () => {
    const base = { id: ids[0], shortName: 'A', text: 'B', appliesTo: 'both', kind: 'disqualifier' };
    const issues = (complaintWindow: unknown) => criterionSchema.safeParse({ ...base, complaintWindow }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ kind: 'dates' })).toEqual([
      ['complaintWindow.from', 'Cần nhập ngày bắt đầu xét phản ánh'],
      ['complaintWindow.to', 'Cần nhập ngày kết thúc xét phản ánh'],
    ]);
    expect(issues({ kind: 'dates', from: '2024-07-01', to: '2024-06-30' })).toEqual([['complaintWindow.to', 'Ngày kết thúc xét phản ánh không được trước ngày bắt đầu']]);
    expect(issues({ kind: 'dates', from: '31/02/2024', to: '2024-06-30' })?.[0]?.[0]).toBe('complaintWindow.from');
    expect(issues({ kind: 'calendar-year' })).toBeUndefined();
  });

  it('only the windows of disqualifiers that apply to the category count', () => {
    const c = {
      ...campaign,
      criteria: campaign.criteria.map((x, i) => (i === 0 ? { ...x, appliesTo: 'collective' as const, complaintWindow: { kind: 'campaign-period' as const } } : x)),
    };
    expect(judge(c, '2024-03-15', 'collective').disqualified).toBe(false);
    expect(judge(c, '2024-09-12', 'collective').disqualified).toBe(true);
    expect(judge(c, '2024-09-12', 'individual').disqualified).toBe(false);
  });

  const day = (min: string, max: string) =>
    fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const window = fc.oneof(
    fc.constant({ kind: 'calendar-year' as const }),
    fc.constant({ kind: 'campaign-period' as const }),
    fc.tuple(day('2023-06-01', '2025-06-30'), day('2023-06-01', '2025-06-30')).map(([a, b]) => ({ kind: 'dates' as const, from: a < b ? a : b, to: a < b ? b : a })),
  );
  /** The window as the officer reads it in the editor, independently of the code under test. */
  const bounds = (w: NonNullable<Criterion['complaintWindow']>): [string, string] =>
    w.kind === 'calendar-year' ? ['2024-01-01', '2024-12-31'] : w.kind === 'campaign-period' ? ['2024-04-26', '2024-12-31'] : [w.from ?? '', w.to ?? ''];

  it('property: a substantiated complaint inside the window disqualifies, one outside does not, whatever else is there', () => {
    const unsubstantiated = fc.array(day('2023-01-01', '2025-12-31').map((date) => ({ date, substantiated: false })), { maxLength: 4 });
    fc.assert(
      fc.property(window, day('2023-01-01', '2025-12-31'), unsubstantiated, fc.constantFrom('individual' as const, 'collective' as const), (w, date, others, category) => {
        const [start, end] = bounds(w);
        const inside = date >= start && date <= end;
        const r = evaluateEligibility({ campaign: withWindow(w), category, evidence: [], appraisals: allMet, complaints: [...others, { date, substantiated: true }] });
        expect(r.disqualified).toBe(inside);
        expect(r.eligible).toBe(!inside);
        expect(r.reasons.length).toBe(inside ? 1 : 0);
      }),
    );
  });
});
