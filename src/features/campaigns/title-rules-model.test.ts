// The title settings form: Vietnamese messages for what is no share, and the campaign it writes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TITLE_RULES } from '../../domain/annual-titles';
import { campaignFields } from '../../domain/campaign';
import { yearEndTemplate } from '../../domain/templates/year-end';
import { fromForm, titleSettingsForm, toForm, type TitleSettingsInput } from './title-rules-model';

const campaign = campaignFields.parse(yearEndTemplate({ year: 2025, organisationName: 'UBND xã Văn Giáo', place: 'Văn Giáo', people: 30, units: 8 }));
const messages = (input: TitleSettingsInput) => {
  const r = titleSettingsForm.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('titleSettingsForm', () => {
  it('shows the template as the office writes it: 70%, and CSTĐ cơ sở by 80% of all members', () => {
    const form = toForm(campaign);
    expect(form.collectiveShare).toBe('70%');
    expect(form.capEnabled).toBe(false);
    expect(form.voting.map((v) => [v.own, v.threshold, v.share, v.base])).toEqual([
      [false, 'majority', '80%', 'all-members'],
      [true, 'at-least', '80%', 'all-members'],
      [false, 'majority', '80%', 'all-members'],
    ]);
    expect(messages(form)).toEqual({});
  });

  it('refuses what is no share, above 100%, or 0%, in Vietnamese', () => {
    const form = toForm(campaign);
    expect(messages({ ...form, collectiveShare: 'bảy mươi' })).toEqual({ collectiveShare: '“bảy mươi” không phải tỉ lệ. Nhập tỉ lệ như văn bản vẫn viết, ví dụ 70% hoặc 2/3.' });
    expect(messages({ ...form, collectiveShare: '120%' })).toEqual({ collectiveShare: 'Tỉ lệ không được lớn hơn 100%' });
    expect(messages({ ...form, collectiveShare: '0%' })).toEqual({ collectiveShare: 'Tỉ lệ phải lớn hơn 0%' });
    expect(messages({ ...form, collectiveShare: '' })).toEqual({ collectiveShare: 'Cần nhập tỉ lệ, ví dụ 70%' });
  });

  it('checks the cap only when it is switched on, and a council rule only when it is the title’s own', () => {
    const form = toForm(campaign);
    expect(messages({ ...form, capShare: 'x' })).toEqual({});
    expect(messages({ ...form, capEnabled: true, capShare: 'x' })).toHaveProperty('capShare');
    const voting = form.voting.map((v, i) => (i === 1 ? { ...v, threshold: 'more-than' as const, share: '100%' } : { ...v, share: 'x' }));
    expect(messages({ ...form, voting })).toEqual({ 'voting.1.share': '“Trên 100%” thì không ai đạt được: hãy chọn “Ít nhất”' });
  });
});

describe('fromForm', () => {
  it('writes the unit threshold and keeps the app’s own wording of its source in step with it', () => {
    const { titleRules } = fromForm(campaign, titleSettingsForm.parse({ ...toForm(campaign), collectiveShare: '60%' }));
    expect(titleRules.collective.minShareLdtt).toEqual({ numerator: 60, denominator: 100 });
    expect(titleRules.collective.source).toBe('Thiết lập của xã: từ 60% thành viên đạt Lao động tiên tiến, không ai bị kỷ luật từ Cảnh cáo trở lên');
    const own = fromForm(campaign, titleSettingsForm.parse({ ...toForm(campaign), collectiveShare: '60%', collectiveSource: 'Quy chế thi đua của xã năm 2025' }));
    expect(own.titleRules.collective.source).toBe('Quy chế thi đua của xã năm 2025');
  });

  it('gives a title its own council rule, keeping the quorum and mode, or takes it back to the general rule', () => {
    const form = toForm(campaign);
    const voting = form.voting.map((v, i) => (i === 0 ? { ...v, own: true, threshold: 'at-least' as const, share: '2/3', base: 'present' as const } : i === 1 ? { ...v, own: false } : v));
    const { rewards } = fromForm(campaign, titleSettingsForm.parse({ ...form, voting }));
    expect(rewards[0]?.votingRules).toMatchObject({ threshold: { kind: 'fraction', numerator: 2, denominator: 3, comparison: 'at-least' }, base: 'present', quorum: campaign.votingRules.quorum, mode: 'paper' });
    expect(rewards[1]?.votingRules).toBeUndefined();
    expect(campaignFields.safeParse({ ...campaign, rewards }).success).toBe(true);
  });

  it('changes nothing when nothing was changed', () => {
    const out = fromForm(campaign, titleSettingsForm.parse(toForm(campaign)));
    expect(out.titleRules).toEqual(DEFAULT_TITLE_RULES);
    expect(out.rewards).toEqual(campaign.rewards);
  });
});
