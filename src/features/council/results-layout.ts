// How a list on the projector (a round's result, its candidates) is cut into pages that stay
// legible from the back of the room. Names are never smaller than 28 px at 1366×768, a share of
// the screen's height (3.65%, so 39 px at 1920×1080): on a 2 m wide 16:9 screen that is a capital
// letter ~29 mm high, 16 minutes of arc at 6 m, the usual minimum for reading text at a distance.
// At 28 nominees on one screen names were 20 px (12 minutes of arc): too small.
//
// Type is sized on the screen's height, so the rows a page holds are the same at 1366×768 and
// 1920×1080 (and any screen with the same room for them): the pages depend on the count alone.
// This matters: the operator's window, which flips the pages, is not the projector and does not
// know its size; both windows must agree on "Trang 2/5".

/** Result rows one page holds with names ≥ 28 px at 1366×768 (measured, e2e/projector-pages). */
export const RESULT_ROWS_PER_PAGE = 10;
/** Candidates (name and a line of summary) one page of the candidates slide holds: two columns. */
export const CANDIDATE_COLUMN_ROWS = 6;
export const CANDIDATES_PER_PAGE = CANDIDATE_COLUMN_ROWS * 2;

export interface Paging {
  /** At least 1, also for an empty list. */
  pageCount: number;
  /** The most items a page of this list shows: what the row size is computed from, so every page looks alike. */
  rowsPerPage: number;
}

/**
 * The fewest pages that hold `count` items at most `capacity` a page, and the items spread evenly:
 * pages differ by one item at most (58 at 10 a page is 10,10,10,10,9,9, not six tens and a lone 8).
 */
export function paging(count: number, capacity: number): Paging {
  const perPage = Math.max(1, Math.floor(capacity));
  const pageCount = Math.max(1, Math.ceil(count / perPage));
  return { pageCount, rowsPerPage: Math.max(1, Math.ceil(count / pageCount)) };
}

/** A page number the list has: 1 for anything before the first, the last for anything after it. */
export function clampPage(page: number | undefined, pageCount: number): number {
  if (page === undefined || !Number.isFinite(page)) return 1;
  return Math.min(Math.max(1, Math.trunc(page)), Math.max(1, pageCount));
}

/** Where page `page` (1-based) starts and ends in the list, in the list's own order. */
export function pageRange(count: number, capacity: number, page: number): { start: number; end: number } {
  const { pageCount } = paging(count, capacity);
  const index = clampPage(page, pageCount) - 1;
  const base = Math.floor(count / pageCount);
  const extra = count % pageCount; // the first `extra` pages hold one more
  const start = index * base + Math.min(index, extra);
  return { start, end: start + base + (index < extra ? 1 : 0) };
}

/** The items on page `page` (1-based) of a list shown `capacity` a page. */
export function pageOf<T>(items: readonly T[], capacity: number, page: number): T[] {
  const { start, end } = pageRange(items.length, capacity, page);
  return items.slice(start, end);
}
