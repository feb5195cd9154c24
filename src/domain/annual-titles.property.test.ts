// Invariants of the annual titles stated as the law states them, over random years, ratings,
// disciplines, initiatives, local settings and units; and the history rule across years.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_TITLE_RULES, DISCIPLINES, DISCIPLINE_RANK, QUALITY_RATINGS, QUALITY_RATING_RANK, type TitleRules, type YearResult } from './annual-titles';
import { cstdCap, evaluateCollective, evaluateCstd, evaluateLdtt } from './annual-titles-eval';
import { evaluateConsecutiveYears } from './title-history';

const year = fc.integer({ min: 2024, max: 2035 });
const result: fc.Arbitrary<YearResult> = fc.record({
  rating: fc.option(fc.constantFrom(...QUALITY_RATINGS), { nil: undefined }),
  discipline: fc.constantFrom(...DISCIPLINES),
  initiatives: fc.array(fc.constant({ id: 'i1aaaaaaaaaaaaaaaaaaaa', name: 'Sáng kiến', decisionNumber: '1/QĐ-UBND', decisionDate: '2025-05-05' }), { maxLength: 2 }),
}).map((r) => (r.rating ? r : { discipline: r.discipline, initiatives: r.initiatives }));
const bar = fc.constantFrom('khien-trach', 'canh-cao', 'higher' as const);
const share = fc.integer({ min: 1, max: 100 }).chain((d) => fc.integer({ min: 0, max: d }).map((n) => ({ numerator: n, denominator: d })));
const rules: fc.Arbitrary<TitleRules> = fc.record({ individualBar: bar, collectiveBar: bar, share }).map(({ individualBar, collectiveBar, share: s }) => ({
  ...DEFAULT_TITLE_RULES,
  individualDisciplineBar: individualBar,
  collective: { ...DEFAULT_TITLE_RULES.collective, disciplineBar: collectiveBar, minShareLdtt: s },
}));

describe('annual titles, as properties of the law', () => {
  it('CSTĐ cơ sở implies Lao động tiên tiến', () => {
    fc.assert(
      fc.property(result, year, rules, (r, y, ru) => {
        if (evaluateCstd(r, y, ru).state === 'met') expect(evaluateLdtt(r, y, ru).state).toBe('met');
      }),
    );
  });

  it('a rating below "hoàn thành tốt" never yields LĐTT nor CSTĐ, whatever else is true', () => {
    fc.assert(
      fc.property(result, year, rules, (r, y, ru) => {
        if (r.rating && QUALITY_RATING_RANK[r.rating] < QUALITY_RATING_RANK.tot) {
          expect(evaluateLdtt(r, y, ru).state).toBe('not-met');
          expect(evaluateCstd(r, y, ru).state).toBe('not-met');
        }
      }),
    );
  });

  it('discipline at cảnh cáo or above excludes from both individual titles under every setting', () => {
    fc.assert(
      fc.property(result, year, rules, (r, y, ru) => {
        if (r.rating && DISCIPLINE_RANK[r.discipline] >= DISCIPLINE_RANK['canh-cao'] && DISCIPLINE_RANK[r.discipline] >= DISCIPLINE_RANK[ru.individualDisciplineBar]) {
          expect(evaluateLdtt(r, y, ru).state).toBe('not-met');
          expect(evaluateCstd(r, y, ru).state).toBe('not-met');
        }
      }),
    );
  });

  it('without a rating nothing is decided, and every verdict names its title', () => {
    fc.assert(
      fc.property(result, year, rules, (r, y, ru) => {
        for (const v of [evaluateLdtt(r, y, ru), evaluateCstd(r, y, ru)]) {
          if (!r.rating) expect(v.state).toBe('unknown');
          expect(v.explanation).toMatch(/^(Đạt|Không đạt|Chưa xác định) (Lao động tiên tiến|Chiến sĩ thi đua cơ sở): /);
        }
      }),
    );
  });

  it('the collective title: met exactly when LĐTT members × d ≥ n × members and none is barred; order does not matter', () => {
    fc.assert(
      fc.property(fc.array(result.filter((r) => !!r.rating), { minLength: 1, maxLength: 40 }), rules, year, (members, ru, y) => {
        const v = evaluateCollective(members, y, ru);
        const ldtt = members.filter((m) => evaluateLdtt(m, y, ru).state === 'met').length;
        const barred = members.some((m) => DISCIPLINE_RANK[m.discipline] >= DISCIPLINE_RANK[ru.collective.disciplineBar]);
        const { numerator, denominator } = ru.collective.minShareLdtt;
        expect(v.state).toBe(!barred && ldtt * denominator >= numerator * members.length ? 'met' : 'not-met');
        expect(evaluateCollective([...members].reverse(), y, ru).state).toBe(v.state);
      }),
    );
  });

  it('an unknown collective verdict always has a completion that meets and one that does not', () => {
    fc.assert(
      fc.property(fc.array(fc.option(result.filter((r) => !!r.rating), { nil: undefined }), { minLength: 1, maxLength: 20 }), year, (members, y) => {
        const v = evaluateCollective(members, y);
        const fill = (r: YearResult) => members.map((m) => m ?? r);
        const best = evaluateCollective(fill({ rating: 'xuat-sac', discipline: 'none', initiatives: [] }), y).state;
        const worst = evaluateCollective(fill({ rating: 'hoan-thanh', discipline: 'none', initiatives: [] }), y).state;
        if (v.state === 'unknown') expect([best, worst]).toEqual(['met', 'not-met']);
        else expect([best, worst]).toEqual([v.state, v.state]);
      }),
    );
  });

  it('the local CSTĐ cap never exceeds its share of the LĐTT', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), share, (ldtt, s) => {
        const { max } = cstdCap(ldtt, { ...DEFAULT_TITLE_RULES, cstdCap: { enabled: true, share: s, source: '' } });
        expect(max).not.toBeNull();
        expect((max ?? 0) * s.denominator).toBeLessThanOrEqual(ldtt * s.numerator);
        expect(((max ?? 0) + 1) * s.denominator).toBeGreaterThan(ldtt * s.numerator);
      }),
    );
  });
});

describe('N consecutive years of a title, across year boundaries', () => {
  const rule = { kind: 'consecutive-years' as const, awardKey: 'chien-si-thi-dua-co-so', awardName: 'Chiến sĩ thi đua cơ sở', years: 2, source: 'Luật Thi đua, khen thưởng 2022' };

  it('2024 and 2025 met through 2025; a gap in 2024 is named; the window moves with the year', () => {
    const awards = [
      { year: 2024, awardKey: 'chien-si-thi-dua-co-so' },
      { year: 2025, awardKey: 'chien-si-thi-dua-co-so' },
      { year: 2025, awardKey: 'lao-dong-tien-tien' },
    ];
    expect(evaluateConsecutiveYears(rule, awards, 2025)).toEqual({
      state: 'met',
      found: [2024, 2025],
      explanation: 'Đạt: có Chiến sĩ thi đua cơ sở 2 năm liên tục 2024–2025 (Luật Thi đua, khen thưởng 2022)',
    });
    expect(evaluateConsecutiveYears(rule, awards, 2026).state).toBe('not-met');
    expect(evaluateConsecutiveYears(rule, awards.slice(1), 2025, 2023).explanation).toContain('năm 2024 không có');
  });

  it('a year before the history begins is unknown, not missing', () => {
    const v = evaluateConsecutiveYears(rule, [{ year: 2025, awardKey: 'chien-si-thi-dua-co-so' }], 2025);
    expect(v.state).toBe('unknown');
    expect(v.explanation).toContain('sổ theo dõi chưa có dữ liệu năm 2024');
  });

  it('met exactly when every year of the window holds the award, whatever the order of the list', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ year: fc.integer({ min: 2018, max: 2030 }), awardKey: fc.constantFrom('a', 'b') })), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 2020, max: 2030 }), (awards, n, through) => {
        const r = { ...rule, awardKey: 'a', years: n };
        const v = evaluateConsecutiveYears(r, awards, through, 2000);
        const all = Array.from({ length: n }, (_, i) => through - i).every((y) => awards.some((a) => a.year === y && a.awardKey === 'a'));
        expect(v.state).toBe(all ? 'met' : 'not-met');
        expect(evaluateConsecutiveYears(r, [...awards].reverse(), through, 2000)).toEqual(v);
      }),
    );
  });
});
