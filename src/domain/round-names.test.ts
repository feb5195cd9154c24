import { describe, expect, it } from 'vitest';
import { roundHeadlineIn, roundTitle, roundTitleIn } from './round-names';

const LDTT = { id: 'ldtt', form: 'Danh hiệu “Lao động tiên tiến”', category: 'individual' as const };
const CSTD = { id: 'cstd', form: 'Danh hiệu “Chiến sĩ thi đua cơ sở”', category: 'individual' as const };
const TT = { id: 'tt', form: 'Danh hiệu “Tập thể lao động tiên tiến”', category: 'collective' as const };
const round = (rewardId: string | undefined, category: 'individual' | 'collective' = 'individual', extra: { runoffOf?: string; attempt?: number } = {}) => ({ rewardId, category, attempt: 1, ...extra });

describe('roundTitleIn', () => {
  it('tells apart two rounds for individuals of one session by their title', () => {
    const rewards = [LDTT, CSTD, TT];
    expect(roundTitleIn(rewards, round('ldtt'))).toBe('Bỏ phiếu cá nhân — Danh hiệu “Lao động tiên tiến”');
    expect(roundTitleIn(rewards, round('cstd'))).toBe('Bỏ phiếu cá nhân — Danh hiệu “Chiến sĩ thi đua cơ sở”');
    expect(roundTitleIn(rewards, round('cstd', 'individual', { runoffOf: 'r1', attempt: 2 }))).toBe('Bầu lại (lần 2) cá nhân — Danh hiệu “Chiến sĩ thi đua cơ sở”');
  });

  it('keeps the short name where the category has one award, or the award left the plan', () => {
    expect(roundTitleIn([LDTT, CSTD, TT], round('tt', 'collective'))).toBe('Bỏ phiếu tập thể');
    expect(roundTitleIn([LDTT, TT], round('ldtt'))).toBe(roundTitle(round('ldtt')));
    expect(roundTitleIn([LDTT, CSTD], round('removed'))).toBe('Bỏ phiếu cá nhân');
    expect(roundTitleIn([LDTT, CSTD], round(undefined))).toBe('Bỏ phiếu cá nhân');
  });
});

describe('roundHeadlineIn', () => {
  it('names the title alone on the projector, where two rounds of individuals would both read "Bỏ phiếu cá nhân"', () => {
    const rewards = [LDTT, CSTD, TT];
    expect(roundHeadlineIn(rewards, round('cstd'))).toBe('Danh hiệu “Chiến sĩ thi đua cơ sở”');
    expect(roundHeadlineIn(rewards, round('ldtt', 'individual', { runoffOf: 'r1', attempt: 2 }))).toBe('Bầu lại (lần 2) — Danh hiệu “Lao động tiên tiến”');
    expect(roundHeadlineIn(rewards, { ...round('cstd'), replacesRoundId: 'r2' })).toBe('Danh hiệu “Chiến sĩ thi đua cơ sở” (điều chỉnh)');
    expect(roundHeadlineIn(rewards, round('tt', 'collective'))).toBe('Bỏ phiếu tập thể');
  });
});
