import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampPage, pageOf, pageRange, paging, RESULT_ROWS_PER_PAGE } from './results-layout';

const pagesOf = <T,>(items: readonly T[], capacity: number) =>
  Array.from({ length: paging(items.length, capacity).pageCount }, (_, i) => pageOf(items, capacity, i + 1));

describe('paging', () => {
  it('keeps a short result on one page and cuts a commune LĐTT round into even pages', () => {
    expect(paging(3, 10)).toEqual({ pageCount: 1, rowsPerPage: 3 });
    expect(paging(10, 10)).toEqual({ pageCount: 1, rowsPerPage: 10 });
    expect(paging(28, 10)).toEqual({ pageCount: 3, rowsPerPage: 10 });
    expect(pagesOf([...Array(28).keys()], 10).map((p) => p.length)).toEqual([10, 9, 9]);
    expect(paging(60, 10)).toEqual({ pageCount: 6, rowsPerPage: 10 });
    expect(pagesOf([...Array(58).keys()], 10).map((p) => p.length)).toEqual([10, 10, 10, 10, 9, 9]);
    expect(paging(120, RESULT_ROWS_PER_PAGE).pageCount).toBe(12);
  });

  it('has one empty page for an empty list', () => {
    expect(paging(0, 10)).toEqual({ pageCount: 1, rowsPerPage: 1 });
    expect(pageOf([], 10, 1)).toEqual([]);
  });

  it('shows the first or last page for a page the list does not have (a stale message, a shorter list)', () => {
    expect(clampPage(undefined, 3)).toBe(1);
    expect(clampPage(0, 3)).toBe(1);
    expect(clampPage(7, 3)).toBe(3);
    expect(clampPage(Number.NaN, 3)).toBe(1);
    expect(pageOf(['a', 'b', 'c'], 2, 9)).toEqual(['c']);
  });
});

describe('paging, for any list and page size', () => {
  const list = fc.array(fc.uuid(), { maxLength: 300 });
  const capacity = fc.integer({ min: 1, max: 40 });

  it('shows every item on exactly one page, in the list’s order', () => {
    fc.assert(
      fc.property(list, capacity, (items, cap) => {
        expect(pagesOf(items, cap).flat()).toEqual(items);
      }),
    );
  });

  it('uses the fewest pages the capacity allows, none over it, none empty, sizes within one of each other', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), capacity, (count, cap) => {
        const { pageCount, rowsPerPage } = paging(count, cap);
        const sizes = Array.from({ length: pageCount }, (_, i) => {
          const { start, end } = pageRange(count, cap, i + 1);
          return end - start;
        });
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(count);
        expect(Math.max(...sizes)).toBe(count === 0 ? 0 : rowsPerPage);
        expect(rowsPerPage).toBeLessThanOrEqual(cap);
        // One page fewer cannot hold them all.
        expect((pageCount - 1) * cap).toBeLessThan(Math.max(1, count));
        if (count > 0) expect(Math.min(...sizes)).toBeGreaterThanOrEqual(rowsPerPage - 1);
        if (count > 0) expect(Math.min(...sizes)).toBeGreaterThan(0);
      }),
    );
  });
});
