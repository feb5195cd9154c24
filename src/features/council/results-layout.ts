// How a round's result fits one projector screen. Up to 10 candidates get a big row each; more
// share columns, so the 28 nominees of a commune's LĐTT round stay on one 1366×768 screen (one
// row each ran 20 rows off its bottom, with the legend and the winners).
export const BIG_ROWS = 10;
const ROWS_PER_COLUMN = 15;
const MAX_COLUMNS = 3;

export interface ResultsLayout {
  /** Rows share the screen's height in columns; names, figures and verdicts shrink to fit. */
  compact: boolean;
  columns: number;
  /** Rows in the tallest column: what the font size is computed from. */
  rows: number;
}

export function resultsLayout(candidates: number): ResultsLayout {
  if (candidates <= BIG_ROWS) return { compact: false, columns: 1, rows: Math.max(1, candidates) };
  const columns = Math.min(MAX_COLUMNS, Math.ceil(candidates / ROWS_PER_COLUMN));
  return { compact: true, columns, rows: Math.ceil(candidates / columns) };
}
