import { describe, expect, it } from 'vitest';
import { resultsLayout } from './results-layout';

describe('resultsLayout', () => {
  it('gives up to 10 candidates a big row each', () => {
    expect(resultsLayout(3)).toEqual({ compact: false, columns: 1, rows: 3 });
    expect(resultsLayout(10)).toEqual({ compact: false, columns: 1, rows: 10 });
  });

  it('puts the 28 LĐTT nominees in two columns of 14, and never more than 3 columns', () => {
    expect(resultsLayout(11)).toEqual({ compact: true, columns: 1, rows: 11 });
    expect(resultsLayout(28)).toEqual({ compact: true, columns: 2, rows: 14 });
    expect(resultsLayout(45)).toEqual({ compact: true, columns: 3, rows: 15 });
    expect(resultsLayout(100)).toEqual({ compact: true, columns: 3, rows: 34 });
  });

  it('every candidate has a place', () => {
    for (let n = 1; n <= 120; n++) {
      const { columns, rows } = resultsLayout(n);
      expect(columns * rows).toBeGreaterThanOrEqual(n);
      expect(columns * (rows - 1)).toBeLessThan(n);
    }
  });
});
