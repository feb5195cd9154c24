import { describe, expect, it } from 'vitest';
import { campaignFields, type CampaignFields } from '../../domain/campaign';
import { DEFAULT_VOTING_RULES } from '../../domain/rules';
import { plan99Template } from '../../domain/templates/plan-99';
import { editorResolver, fromEditorValues, toEditorValues, type EditorValues } from './editor-model';

const campaign = (): CampaignFields => campaignFields.parse(plan99Template());
const resolve = async (v: EditorValues) => editorResolver(v, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('editor form model: voting rules', () => {
  it('reads rules saved before "ít nhất / trên" existed as "ít nhất"', () => {
    const old = campaign();
    // As an old record holds them: no comparison anywhere.
    const legacy = { ...old, votingRules: { ...old.votingRules, threshold: { kind: 'fraction', numerator: 2, denominator: 3 }, quorum: { numerator: 2, denominator: 3 } } } as unknown as CampaignFields;
    const values = toEditorValues(legacy);
    expect(values.votingRules?.threshold).toEqual({ kind: 'fraction', numerator: 2, denominator: 3, comparison: 'at-least' });
    expect(values.votingRules?.quorum).toEqual({ numerator: 2, denominator: 3, comparison: 'at-least' });
  });

  it('keeps "trên" for the threshold and the quorum ("quá nửa") through a save', async () => {
    const values = toEditorValues(campaign());
    values.votingRules = { ...DEFAULT_VOTING_RULES, threshold: { kind: 'fraction', numerator: 1, denominator: 2, comparison: 'more-than' }, quorum: { numerator: 1, denominator: 2, comparison: 'more-than' } };
    const out = await resolve(values);
    expect(out.errors).toEqual({});
    expect((out.values as CampaignFields).votingRules).toMatchObject({ threshold: { comparison: 'more-than' }, quorum: { comparison: 'more-than' } });
  });

  it('refuses a quorum of 4/3 with its Vietnamese reason, where the rule is', async () => {
    const values = toEditorValues(campaign());
    values.votingRules = { ...DEFAULT_VOTING_RULES, quorum: { numerator: 4, denominator: 3, comparison: 'at-least' } };
    const out = await resolve(values);
    expect((out.errors as { votingRules?: { quorum?: { message?: string } } }).votingRules?.quorum?.message).toMatch(/không được lớn hơn tổng số thành viên/);
  });

  it("an award's own rules round-trip; the rest of its rules follow the campaign's; an award without its own has none", async () => {
    const values = toEditorValues(campaign());
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
