import { describe, expect, it } from 'vitest';
import { formatDecimal, formatMoney } from './vi-money';

describe('money', () => {
  it('uses dots between thousands and the đ sign', () => {
    expect(formatMoney(1_410_000)).toBe('1.410.000 đ');
    expect(formatMoney(0)).toBe('0 đ');
    expect(formatMoney(999)).toBe('999 đ');
    expect(formatMoney(1_000_000_000_000)).toBe('1.000.000.000.000 đ');
  });
});

describe('formatDecimal', () => {
  it('writes the decimal comma and leaves whole numbers alone', () => {
    expect([0.3, 1, 0.8, 1.5, 12.25].map(formatDecimal)).toEqual(['0,3', '1', '0,8', '1,5', '12,25']);
  });
});
