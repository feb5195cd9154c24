import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { todayPosition } from './campaign-timeline';

const DATES = ['2024-04-26', '2024-12-31', '2025-01-31'];

describe('today on the campaign timeline', () => {
  it('sits at the ends before the start and after the last milestone, and on each milestone', () => {
    expect(todayPosition(DATES, '2024-01-01')).toBe(0);
    expect(todayPosition(DATES, '2026-11-26')).toBe(100);
    expect(todayPosition(DATES, '2024-04-26')).toBe(0);
    expect(todayPosition(DATES, '2024-12-31')).toBe(50);
    expect(todayPosition(DATES, '2025-01-31')).toBe(100);
  });

  it('moves forward as the days pass', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2023-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }), fc.integer({ min: 1, max: 400 }), (d, step) => {
        const a = d.toISOString().slice(0, 10);
        const b = new Date(d.getTime() + step * 86_400_000).toISOString().slice(0, 10);
        const pa = todayPosition(DATES, a);
        const pb = todayPosition(DATES, b);
        expect(pb).toBeGreaterThanOrEqual(pa);
        expect(pa).toBeGreaterThanOrEqual(0);
        expect(pb).toBeLessThanOrEqual(100);
      }),
    );
  });
});
