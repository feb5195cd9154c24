import { describe, expect, it } from 'vitest';
import { formatMoney } from './vi-money';

describe('money', () => {
  it('uses dots between thousands and the đ sign', () => {
    expect(formatMoney(1_410_000)).toBe('1.410.000 đ');
    expect(formatMoney(0)).toBe('0 đ');
    expect(formatMoney(999)).toBe('999 đ');
    expect(formatMoney(1_000_000_000_000)).toBe('1.000.000.000.000 đ');
  });
});
