// Title settings as the office writes them, which title an edit touches, and when a title is frozen.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_TITLE_RULES } from './annual-titles';
import type { Reward } from './campaign';
import { CSTD_VOTING_RULES } from './templates/year-end';
import { changedTitles, parseShare, shareText, titleEditRefusal, titleLock, type RoundOfTitle } from './title-settings';

describe('parseShare / shareText', () => {
  it('reads a share the way an office writes it', () => {
    expect(parseShare('70%')).toEqual({ numerator: 70, denominator: 100 });
    expect(parseShare(' 70 ')).toEqual({ numerator: 70, denominator: 100 });
    expect(parseShare('66,67%')).toEqual({ numerator: 6667, denominator: 10000 });
    expect(parseShare('2/3')).toEqual({ numerator: 2, denominator: 3 });
    expect(parseShare('100%')).toEqual({ numerator: 100, denominator: 100 });
    expect(parseShare('12,5%')).toEqual({ numerator: 1, denominator: 8 });
  });

  it('refuses what is no share', () => {
    for (const text of ['', 'bảy mươi', '70%%', '1/0', '-5%', '70.123%', '1000%']) expect(parseShare(text), text).toBeNull();
  });

  it('writes a share back as "70%", "12,5%" or "2/3"', () => {
    expect(shareText({ numerator: 70, denominator: 100 })).toBe('70%');
    expect(shareText({ numerator: 4, denominator: 5 })).toBe('80%');
    expect(shareText({ numerator: 1, denominator: 8 })).toBe('12,5%');
    expect(shareText({ numerator: 2, denominator: 3 })).toBe('2/3');
  });

  it('reads back what it writes, for any percentage with up to two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const share = { numerator: hundredths, denominator: 10_000 };
        const back = parseShare(shareText(share));
        expect(back && back.numerator * 10_000).toBe(back && hundredths * back.denominator);
      }),
    );
  });
});

const reward = (id: string, titleKey: Reward['titleKey'], votingRules?: Reward['votingRules']): Reward => ({
  id,
  form: id,
  category: titleKey === 'tap-the-lao-dong-tien-tien' ? 'collective' : 'individual',
  quota: 10,
  coefficient: 1,
  coefficientSource: '',
  proposeToHigherLevel: false,
  titleKey,
  ...(votingRules ? { votingRules } : {}),
});
const rewards = [reward('ldtt', 'lao-dong-tien-tien'), reward('cstd', 'chien-si-thi-dua-co-so', CSTD_VOTING_RULES), reward('tt', 'tap-the-lao-dong-tien-tien')];
const before = { titleRules: DEFAULT_TITLE_RULES, rewards, status: 'council' as const };
const sixty = { ...DEFAULT_TITLE_RULES, collective: { ...DEFAULT_TITLE_RULES.collective, minShareLdtt: { numerator: 60, denominator: 100 } } };
const round = (rewardId: string, status: RoundOfTitle['status'], number = 1): RoundOfTitle => ({ rewardId, status, number });

describe('changedTitles', () => {
  it('names the title whose setting changed, and all three for the individual discipline bar', () => {
    expect(changedTitles(before, { ...before, titleRules: sixty })).toEqual(['tap-the-lao-dong-tien-tien']);
    expect(changedTitles(before, { ...before, titleRules: { ...DEFAULT_TITLE_RULES, cstdCap: { ...DEFAULT_TITLE_RULES.cstdCap, enabled: true } } })).toEqual(['chien-si-thi-dua-co-so']);
    expect(changedTitles(before, { ...before, titleRules: { ...DEFAULT_TITLE_RULES, individualDisciplineBar: 'canh-cao' } })).toHaveLength(3);
    expect(changedTitles(before, { ...before, rewards: [rewards[0] as Reward, reward('cstd', 'chien-si-thi-dua-co-so'), rewards[2] as Reward] })).toEqual(['chien-si-thi-dua-co-so']);
  });

  it('reads a campaign without settings as the defaults', () => {
    expect(changedTitles({ titleRules: undefined, rewards }, { titleRules: structuredClone(DEFAULT_TITLE_RULES), rewards })).toEqual([]);
  });
});

describe('titleLock / titleEditRefusal', () => {
  it('refuses a change of a title the council has voted on, and says why in words', () => {
    const refusal = titleEditRefusal(before, { ...before, titleRules: sixty }, [round('tt', 'closed', 3)]);
    expect(refusal).toContain('Hội đồng đã bỏ phiếu danh hiệu Tập thể lao động tiên tiến (vòng 3)');
    expect(refusal).toContain('kết quả đã chốt theo quy tắc cũ');
  });

  it('lets another title change, and ignores removed rounds', () => {
    expect(titleEditRefusal(before, { ...before, titleRules: sixty }, [round('cstd', 'published')])).toBeUndefined();
    expect(titleEditRefusal(before, { ...before, titleRules: sixty }, [{ ...round('tt', 'closed'), deletedAt: '2025-12-01T00:00:00.000Z' }])).toBeUndefined();
  });

  it('freezes everything once the decision is recorded', () => {
    expect(titleEditRefusal({ ...before, status: 'decided' }, { ...before, titleRules: sixty }, [])).toContain('đã có quyết định công nhận');
  });

  it('a prepared round stops only a change of its council rule', () => {
    const prepared = [round('cstd', 'prepared', 2)];
    expect(titleEditRefusal(before, { ...before, titleRules: { ...DEFAULT_TITLE_RULES, cstdCap: { ...DEFAULT_TITLE_RULES.cstdCap, enabled: true } } }, prepared)).toBeUndefined();
    expect(titleEditRefusal(before, { ...before, rewards: [rewards[0] as Reward, reward('cstd', 'chien-si-thi-dua-co-so'), rewards[2] as Reward] }, prepared)).toContain('xoá vòng chưa mở');
  });

  it('an open round locks as a vote does: who may vote is frozen with the rule', () => {
    expect(titleLock('chien-si-thi-dua-co-so', before, [round('cstd', 'open', 1), round('cstd', 'closed', 4)])).toEqual({ kind: 'voted', rounds: [1, 4] });
  });
});
