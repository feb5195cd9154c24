import { describe, expect, it } from 'vitest';
import { thresholdPhrase } from './quorum';

describe('thresholdPhrase', () => {
  it('reads after “Đạt khi số phiếu đồng ý”, with a Vietnamese decimal comma', () => {
    expect(thresholdPhrase({ kind: 'majority' })).toBe('quá bán (trên 50%)');
    expect(thresholdPhrase({ kind: 'fraction', numerator: 2, denominator: 3, comparison: 'at-least' })).toBe('ít nhất 2/3 (66,7%)');
    expect(thresholdPhrase({ kind: 'fraction', numerator: 1, denominator: 2, comparison: 'at-least' })).toBe('ít nhất 1/2 (50%)');
  });
});
