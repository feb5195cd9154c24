// The annual titles against the legal text: every rating × discipline × initiative case for the
// individual titles, the collective threshold at its edges, the local CSTĐ cap, and the rules'
// dates. The explanations are what the officer reads, so they are checked word for word.
import { describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import {
  DEFAULT_TITLE_RULES,
  DISCIPLINES,
  QUALITY_RATINGS,
  definitionFor,
  titleRulesSchema,
  yearResultSchema,
  type Discipline,
  type QualityRating,
  type TitleRules,
  type YearResult,
} from './annual-titles';
import { cstdCap, evaluateCollective, evaluateCstd, evaluateLdtt, requiredCount } from './annual-titles-eval';

const initiative = { id: newId(), name: 'Số hóa hồ sơ một cửa', decisionNumber: '15/QĐ-UBND', decisionDate: '2025-10-20' };
const person = (rating: QualityRating | undefined, discipline: Discipline = 'none', withInitiative = false): YearResult => ({
  ...(rating ? { rating } : {}),
  discipline,
  initiatives: withInitiative ? [initiative] : [],
});

describe('Lao động tiên tiến (Điều 24)', () => {
  it('explains a pass with the rule and its source', () => {
    expect(evaluateLdtt(person('tot'), 2025).explanation).toBe(
      'Đạt Lao động tiên tiến: xếp loại Hoàn thành tốt nhiệm vụ, không bị kỷ luật (Luật Thi đua, khen thưởng 2022, Điều 24)',
    );
  });

  it.each([
    ['xuat-sac', 'none', 'met'],
    ['tot', 'none', 'met'],
    ['hoan-thanh', 'none', 'not-met'],
    ['khong-hoan-thanh', 'none', 'not-met'],
    ['tot', 'khien-trach', 'not-met'],
    ['xuat-sac', 'canh-cao', 'not-met'],
    ['tot', 'higher', 'not-met'],
  ] as const)('rating %s, discipline %s → %s', (rating, discipline, state) => {
    expect(evaluateLdtt(person(rating, discipline), 2025).state).toBe(state);
  });

  it('says what is missing when the rating is not entered, and never calls it a failure', () => {
    const v = evaluateLdtt(undefined, 2025);
    expect(v.state).toBe('unknown');
    expect(v.explanation).toBe('Chưa xác định Lao động tiên tiến: chưa nhập xếp loại chất lượng năm 2025');
    expect(evaluateLdtt(person(undefined, 'canh-cao'), 2025).state).toBe('unknown');
  });

  it('names the rating that falls short', () => {
    expect(evaluateLdtt(person('hoan-thanh'), 2025).explanation).toBe(
      'Không đạt Lao động tiên tiến: xếp loại Hoàn thành nhiệm vụ, cần từ Hoàn thành tốt nhiệm vụ trở lên (Luật Thi đua, khen thưởng 2022, Điều 24)',
    );
    expect(evaluateLdtt(person('tot', 'canh-cao'), 2025).explanation).toContain('bị kỷ luật Cảnh cáo trong năm');
  });

  it('a commune that excludes only from cảnh cáo lets khiển trách through, and says so', () => {
    const rules: TitleRules = { ...DEFAULT_TITLE_RULES, individualDisciplineBar: 'canh-cao' };
    const v = evaluateLdtt(person('tot', 'khien-trach'), 2025, rules);
    expect(v.state).toBe('met');
    expect(v.explanation).toContain('kỷ luật Khiển trách (dưới mức loại trừ)');
    expect(evaluateLdtt(person('tot', 'canh-cao'), 2025, rules).state).toBe('not-met');
  });

  it('has no rule before the 2022 law took effect (01/01/2024)', () => {
    expect(definitionFor('lao-dong-tien-tien', 2023)).toBeUndefined();
    expect(evaluateLdtt(person('xuat-sac'), 2023)).toMatchObject({ state: 'unknown', explanation: expect.stringContaining('năm 2023') });
    expect(definitionFor('lao-dong-tien-tien', 2024)?.source).toBe('Luật Thi đua, khen thưởng 2022, Điều 24');
  });
});

describe('Chiến sĩ thi đua cơ sở (Điều 23)', () => {
  it('every rating × discipline × initiative case follows the text: LĐTT and (xuất sắc or an initiative)', () => {
    for (const rating of QUALITY_RATINGS)
      for (const discipline of DISCIPLINES)
        for (const withInitiative of [false, true]) {
          const r = person(rating, discipline, withInitiative);
          const ldtt = (rating === 'xuat-sac' || rating === 'tot') && discipline === 'none';
          const expected = ldtt && (rating === 'xuat-sac' || withInitiative) ? 'met' : 'not-met';
          expect(evaluateCstd(r, 2025).state, `${rating} ${discipline} ${withInitiative}`).toBe(expected);
        }
  });

  it('names the initiative and the decision that recognised it', () => {
    expect(evaluateCstd(person('tot', 'none', true), 2025).explanation).toBe(
      'Đạt Chiến sĩ thi đua cơ sở: đạt Lao động tiên tiến và có sáng kiến “Số hóa hồ sơ một cửa” được công nhận tại Quyết định số 15/QĐ-UBND ngày 20/10/2025 (Luật Thi đua, khen thưởng 2022, Điều 23)',
    );
    expect(evaluateCstd(person('xuat-sac'), 2025).explanation).toBe(
      'Đạt Chiến sĩ thi đua cơ sở: đạt Lao động tiên tiến và xếp loại Hoàn thành xuất sắc nhiệm vụ (Luật Thi đua, khen thưởng 2022, Điều 23)',
    );
  });

  it('a good rating without an initiative is not enough, in words', () => {
    expect(evaluateCstd(person('tot'), 2025).explanation).toBe(
      'Không đạt Chiến sĩ thi đua cơ sở: xếp loại Hoàn thành tốt nhiệm vụ, chưa có sáng kiến được công nhận (Luật Thi đua, khen thưởng 2022, Điều 23)',
    );
  });

  it('an initiative does not make up for a missing LĐTT', () => {
    const v = evaluateCstd(person('hoan-thanh', 'none', true), 2025);
    expect(v.state).toBe('not-met');
    expect(v.explanation).toContain('chưa đạt Lao động tiên tiến: xếp loại Hoàn thành nhiệm vụ');
    expect(evaluateCstd(person(undefined, 'none', true), 2025).state).toBe('unknown');
  });
});

describe('Tập thể lao động tiên tiến (setting, default 70%)', () => {
  const members = (ldtt: number, others: number, extra: YearResult[] = []): YearResult[] => [
    ...Array.from({ length: ldtt }, () => person('tot')),
    ...Array.from({ length: others }, () => person('hoan-thanh')),
    ...extra,
  ];

  it('7 of 10 is exactly 70%: met; 6 of 10 is not', () => {
    expect(evaluateCollective(members(7, 3), 2025).state).toBe('met');
    expect(evaluateCollective(members(6, 4), 2025).state).toBe('not-met');
  });

  it('rounds the required count up, never down (7 members: 70% is 4.9, so 5 are needed)', () => {
    expect(requiredCount(7, { numerator: 70, denominator: 100 })).toBe(5);
    expect(evaluateCollective(members(4, 3), 2025).state).toBe('not-met');
    expect(evaluateCollective(members(5, 2), 2025)).toMatchObject({
      state: 'met',
      explanation:
        'Đạt Tập thể lao động tiên tiến: 5/7 thành viên đạt Lao động tiên tiến, cần ít nhất 5 (70%); không ai bị kỷ luật từ Cảnh cáo trở lên (Thiết lập của xã: từ 70% thành viên đạt Lao động tiên tiến, không ai bị kỷ luật từ Cảnh cáo trở lên)',
    });
  });

  it('one member disciplined at cảnh cáo excludes the unit, however many are LĐTT; khiển trách does not', () => {
    expect(evaluateCollective(members(9, 0, [person('tot', 'canh-cao')]), 2025).state).toBe('not-met');
    expect(evaluateCollective(members(9, 0, [person('tot', 'higher')]), 2025).explanation).toContain('có 1 thành viên bị kỷ luật từ Cảnh cáo trở lên');
    expect(evaluateCollective(members(9, 0, [person('tot', 'khien-trach')]), 2025).state).toBe('met');
  });

  it('is unknown only while the members not yet rated could change the outcome', () => {
    const pending = (n: number) => Array.from({ length: n }, () => undefined);
    expect(evaluateCollective([...members(6, 1), ...pending(3)], 2025).state).toBe('unknown');
    expect(evaluateCollective([...members(7, 0), ...pending(3)], 2025).state).toBe('met');
    expect(evaluateCollective([...members(0, 4), ...pending(6)], 2025).state).toBe('not-met');
    expect(evaluateCollective([], 2025).state).toBe('unknown');
  });
});

describe('the local cap on CSTĐ cơ sở', () => {
  it('is off by default: no national cap since 2024', () => {
    expect(cstdCap(20)).toMatchObject({ max: null });
    expect(cstdCap(20).explanation).toContain('không còn giới hạn chung toàn quốc từ năm 2024');
  });

  it('when a commune sets one, rounds down (15% of 30 LĐTT is 4.5 → 4)', () => {
    const rules: TitleRules = { ...DEFAULT_TITLE_RULES, cstdCap: { ...DEFAULT_TITLE_RULES.cstdCap, enabled: true } };
    expect(cstdCap(30, rules).max).toBe(4);
    expect(cstdCap(20, rules).max).toBe(3);
    expect(cstdCap(30, rules).explanation).toMatch(/^Tối đa 4 Chiến sĩ thi đua cơ sở: 15% của 30 Lao động tiên tiến/);
  });
});

describe('the data schemas', () => {
  it('a year row with nothing but a rating reads as not disciplined and without initiatives', () => {
    expect(yearResultSchema.parse({ rating: 'tot' })).toEqual({ rating: 'tot', discipline: 'none', initiatives: [] });
  });

  it('refuses a share over 100% and an initiative without its decision', () => {
    const bad = { ...DEFAULT_TITLE_RULES, collective: { ...DEFAULT_TITLE_RULES.collective, minShareLdtt: { numerator: 11, denominator: 10 } } };
    expect(titleRulesSchema.safeParse(bad).success).toBe(false);
    expect(titleRulesSchema.safeParse(DEFAULT_TITLE_RULES).success).toBe(true);
    const noDecision = yearResultSchema.safeParse({ rating: 'tot', initiatives: [{ ...initiative, decisionNumber: ' ' }] });
    expect(noDecision.success).toBe(false);
    expect(noDecision.error?.issues[0]?.message).toBe('Số quyết định công nhận sáng kiến: không được để trống');
    expect(yearResultSchema.safeParse({ rating: 'tot', initiatives: [initiative] }).success).toBe(true);
  });
});
