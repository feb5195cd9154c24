import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TitleVerdict } from '../../domain/annual-titles-eval';
import { countPerAward, proposalsForEveryTitle, type EveryTitleRow } from './every-title';

const REWARDS = [
  { id: 'ldtt', category: 'individual' as const },
  { id: 'cstd', category: 'individual' as const },
  { id: 'tt-ldtt', category: 'collective' as const },
];
const verdict = (state: TitleVerdict['state'], explanation = `${state} explanation`): TitleVerdict => ({ title: 'lao-dong-tien-tien', state, explanation, reason: '', source: '' });
const row = (name: string, category: 'individual' | 'collective', titles: Record<string, TitleVerdict['state']>, nominatedRewardIds: string[] = []): EveryTitleRow => ({
  participantId: name,
  name,
  category,
  eligible: Object.values(titles)[0] === 'met',
  nominated: nominatedRewardIds.length > 0,
  nominatedRewardIds,
  titles: new Map(Object.entries(titles).map(([id, s]) => [id, verdict(s, `Đạt ${id} (${name})`)])),
});

describe('proposing everyone eligible for every title', () => {
  it('proposes a person for LĐTT and CSTĐ cơ sở where both are met, a unit for Tập thể LĐTT, and nobody for a title not met', () => {
    const rows = [
      row('An', 'individual', { ldtt: 'met', cstd: 'met' }),
      row('Cường', 'individual', { ldtt: 'met', cstd: 'not-met' }),
      row('Hà', 'individual', { ldtt: 'not-met', cstd: 'not-met' }),
      row('Long', 'individual', { ldtt: 'unknown', cstd: 'unknown' }),
      row('Phòng Kinh tế', 'collective', { 'tt-ldtt': 'met' }),
      row('Ấp Phú Hòa', 'collective', { 'tt-ldtt': 'not-met' }),
    ];
    const proposals = proposalsForEveryTitle(rows, REWARDS);
    expect(proposals.map((p) => `${p.name}→${p.rewardId}`)).toEqual(['An→ldtt', 'An→cstd', 'Cường→ldtt', 'Phòng Kinh tế→tt-ldtt']);
    expect(proposals[1]?.explanation).toBe('Đạt cstd (An)');
    expect(countPerAward(proposals, REWARDS).map((c) => [c.reward.id, c.count])).toEqual([['ldtt', 2], ['cstd', 1], ['tt-ldtt', 1]]);
  });

  it('skips a title already proposed and still offers the other one', () => {
    const proposals = proposalsForEveryTitle([row('An', 'individual', { ldtt: 'met', cstd: 'met' }, ['ldtt'])], REWARDS);
    expect(proposals.map((p) => p.rewardId)).toEqual(['cstd']);
    expect(proposalsForEveryTitle([row('An', 'individual', { ldtt: 'met', cstd: 'met' }, ['ldtt', 'cstd'])], REWARDS)).toEqual([]);
  });

  it('without title rules (a plan with one award per category) proposes each eligible participant once, as before', () => {
    const plan = [{ id: 'gk-tt', category: 'collective' as const }, { id: 'gk-cn', category: 'individual' as const }];
    const plain = (name: string, eligible: boolean, nominated = false): EveryTitleRow => ({ participantId: name, name, category: 'individual', eligible, nominated, nominatedRewardIds: nominated ? ['gk-cn'] : [], titles: new Map() });
    expect(proposalsForEveryTitle([plain('A', true), plain('B', false), plain('C', true, true)], plan).map((p) => `${p.name}→${p.rewardId}`)).toEqual(['A→gk-cn']);
  });

  it('every proposal is a met title not yet held, each at most once, and every met title not held is proposed', () => {
    const state = fc.constantFrom<TitleVerdict['state']>('met', 'not-met', 'unknown');
    const arb = fc.array(
      fc.record({ ldtt: state, cstd: state, held: fc.subarray(['ldtt', 'cstd']) }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const rows = specs.map((s, i) => row(`P${i}`, 'individual', { ldtt: s.ldtt, cstd: s.cstd }, s.held));
        const proposals = proposalsForEveryTitle(rows, REWARDS);
        const keys = proposals.map((p) => `${p.participantId}/${p.rewardId}`);
        expect(new Set(keys).size).toBe(keys.length);
        const expected = specs.flatMap((s, i) => (['ldtt', 'cstd'] as const).filter((t) => s[t] === 'met' && !s.held.includes(t)).map((t) => `P${i}/${t}`));
        expect(keys).toEqual(expected);
      }),
    );
  });
});
