// The editor's complaint window (thời gian xét phản ánh): what the form shows for a campaign
// stored before the setting existed, and what a save keeps.
import { describe, expect, it } from 'vitest';
import { campaignFields, type Campaign, type CampaignFields } from '../../domain/campaign';
import { DEFAULT_VOTING_RULES } from '../../domain/rules';
import { plan99Template } from '../../domain/templates/plan-99';
import { editorResolver, fromEditorValues, toEditorValues, type EditorValues } from './editor-model';

const at = '2024-05-01T00:00:00.000Z';
const stored: Campaign = { ...campaignFields.parse(plan99Template()), id: '01900000-0000-7000-8000-000000000001', createdAt: at, updatedAt: at, rev: 1 };

async function resolve(values: EditorValues) {
  return editorResolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
}

describe('the complaint window in the campaign editor', () => {
  it('shows the calendar year for a disqualifier stored without a window, and nothing for other criteria', () => {
    const old = { ...stored, criteria: stored.criteria.map(({ complaintWindow: _w, ...c }) => c) };
    expect(toEditorValues(old).criteria?.map((c) => c.complaintWindow)).toEqual([{ kind: 'calendar-year' }, undefined, undefined, undefined]);
  });

  it('saves two dates when "dates" is chosen', async () => {
    const values = toEditorValues(stored);
    values.criteria = values.criteria?.map((c, i) => (i === 0 ? { ...c, complaintWindow: { kind: 'dates', from: '2024-01-01', to: '2024-06-30' } } : c));
    const r = await resolve(values);
    expect(r.errors).toEqual({});
    expect((r.values as { criteria: Campaign['criteria'] }).criteria[0]?.complaintWindow).toEqual({ kind: 'dates', from: '2024-01-01', to: '2024-06-30' });
  });

  it('puts a missing day of "dates" under its own field, in Vietnamese', async () => {
    const values = toEditorValues(stored);
    values.criteria = values.criteria?.map((c, i) => (i === 0 ? { ...c, complaintWindow: { kind: 'dates', from: '2024-01-01' } } : c));
    const r = await resolve(values);
    expect(r.errors).toMatchObject({ criteria: [{ complaintWindow: { to: { message: 'Cần nhập ngày kết thúc xét phản ánh' } } }] });
  });

  it('drops days left behind when the window or the kind of criterion changed, so no hidden field blocks the save', async () => {
    const values = toEditorValues(stored);
    values.criteria = values.criteria?.map((c, i) =>
      i === 0 ? { ...c, complaintWindow: { kind: 'campaign-period', from: '2024-07-01' } } : i === 1 ? { ...c, complaintWindow: { kind: 'dates' } } : c,
    );
    const r = await resolve(values);
    expect(r.errors).toEqual({});
    const saved = fromEditorValues(values).criteria ?? [];
    expect(saved.map((c) => c.complaintWindow)).toEqual([{ kind: 'campaign-period' }, undefined, undefined, undefined]);
  });
});

const plan99 = (): CampaignFields => campaignFields.parse(plan99Template());
const resolveRules = async (v: EditorValues) => editorResolver(v, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('editor form model: voting rules', () => {
  it('reads rules saved before "ít nhất / trên" existed as "ít nhất"', () => {
    const old = plan99();
    // As an old record holds them: no comparison anywhere.
    const legacy = { ...old, votingRules: { ...old.votingRules, threshold: { kind: 'fraction', numerator: 2, denominator: 3 }, quorum: { numerator: 2, denominator: 3 } } } as unknown as CampaignFields;
    const values = toEditorValues(legacy);
    expect(values.votingRules?.threshold).toEqual({ kind: 'fraction', numerator: 2, denominator: 3, comparison: 'at-least' });
    expect(values.votingRules?.quorum).toEqual({ numerator: 2, denominator: 3, comparison: 'at-least' });
  });

  it('keeps "trên" for the threshold and the quorum ("quá nửa") through a save', async () => {
    const values = toEditorValues(plan99());
    values.votingRules = { ...DEFAULT_VOTING_RULES, threshold: { kind: 'fraction', numerator: 1, denominator: 2, comparison: 'more-than' }, quorum: { numerator: 1, denominator: 2, comparison: 'more-than' } };
    const out = await resolveRules(values);
    expect(out.errors).toEqual({});
    expect((out.values as CampaignFields).votingRules).toMatchObject({ threshold: { comparison: 'more-than' }, quorum: { comparison: 'more-than' } });
  });

  it('refuses a quorum of 4/3 with its Vietnamese reason, where the rule is', async () => {
    const values = toEditorValues(plan99());
    values.votingRules = { ...DEFAULT_VOTING_RULES, quorum: { numerator: 4, denominator: 3, comparison: 'at-least' } };
    const out = await resolveRules(values);
    expect((out.errors as { votingRules?: { quorum?: { message?: string } } }).votingRules?.quorum?.message).toMatch(/không được lớn hơn tổng số thành viên/);
  });

  it("an award's own rules round-trip; the rest of its rules follow the campaign's; an award without its own has none", async () => {
    const values = toEditorValues(plan99());
    const cstd = { threshold: { kind: 'fraction' as const, numerator: 4, denominator: 5, comparison: 'at-least' as const }, base: 'all-members' as const, quorum: { numerator: 2, denominator: 3, comparison: 'at-least' as const } };
    values.votingRules = { ...DEFAULT_VOTING_RULES, writtenOpinionsCount: false };
    values.rewards = [
      { ...(values.rewards?.[1] as NonNullable<EditorValues['rewards']>[number]), votingRules: { ...DEFAULT_VOTING_RULES, ...cstd, writtenOpinionsCount: true, source: 'Quy chế Hội đồng' } },
      { ...(values.rewards?.[0] as NonNullable<EditorValues['rewards']>[number]), votingRules: undefined },
    ];
    const saved = fromEditorValues(values);
    expect(saved.rewards?.[0]?.votingRules).toEqual({ ...DEFAULT_VOTING_RULES, ...cstd, writtenOpinionsCount: false, source: 'Quy chế Hội đồng' });
    expect(saved.rewards?.[1]).not.toHaveProperty('votingRules');
    const parsed = campaignFields.parse(saved);
    expect(toEditorValues(parsed).rewards?.[0]?.votingRules).toMatchObject(cstd);
  });
});
