// The columns of the nomination table, its features (TanStack Table v9 registers only what
// is used) and the Vietnamese sort and accent-free filter functions.
import {
  columnFilteringFeature,
  columnGroupingFeature,
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createExpandedRowModel,
  createFilteredRowModel,
  createGroupedRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowExpandingFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type FilterFn,
  type Row,
  type SortFn,
} from '@tanstack/react-table';
import { compareText, foldForSearch, splitGivenName, viCollator } from '../../lib/vi-text';
import type { ExportValue } from './table-export';
import type { NominationRow } from './table-rows';

export interface NominationColumnMeta {
  label: string;
  width: number;
  filter?: 'text' | 'select';
  options?: readonly string[];
  align?: 'right' | 'center';
  exportValue?: (row: NominationRow) => ExportValue;
}

export const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnGroupingFeature,
  rowExpandingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  rowSelectionFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  groupedRowModel: createGroupedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  columnMeta: {} as NominationColumnMeta,
});
export type Features = typeof features;
export type TableRow = Row<Features, NominationRow>;

// The filter runs once per row for the same query: split it once, not 10,000 times.
let lastQuery = '';
let lastWords: string[] = [];

/** Every word of the (already folded) query appears in the row's folded text. */
export function foldedMatch(folded: string, foldedQuery: string): boolean {
  if (!foldedQuery) return true;
  if (foldedQuery !== lastQuery) {
    lastQuery = foldedQuery;
    lastWords = foldedQuery.split(' ');
  }
  for (const word of lastWords) if (!folded.includes(word)) return false;
  return true;
}

export const globalSearch: FilterFn<Features, NominationRow> = Object.assign(
  (row: TableRow, _columnId: string, query: string) => foldedMatch(row.original.search, query),
  { resolveFilterValue: (value: unknown) => foldForSearch(String(value ?? '')) },
);

const textContains: FilterFn<Features, NominationRow> = Object.assign(
  (row: TableRow, columnId: string, query: string) => foldedMatch(foldForSearch(String(row.getValue(columnId) ?? '')), query),
  { resolveFilterValue: (value: unknown) => foldForSearch(String(value ?? '')) },
);

const equalsText: FilterFn<Features, NominationRow> = (row, columnId, value: string) => !value || String(row.getValue(columnId)) === value;

/** People sort by given name then the rest ("Nguyễn Văn An" under A); units by their whole name. */
export function compareRowNames(a: Pick<NominationRow, 'name' | 'category'>, b: Pick<NominationRow, 'name' | 'category'>): number {
  const key = (r: Pick<NominationRow, 'name' | 'category'>) => (r.category === 'individual' ? splitGivenName(r.name) : [r.name, '']);
  const [ga, ra] = key(a);
  const [gb, rb] = key(b);
  return viCollator.compare(ga ?? '', gb ?? '') || viCollator.compare(ra ?? '', rb ?? '') || viCollator.compare(a.name, b.name);
}

/**
 * Each row's place in name order, worked out once per data set (rankNames): the table sorts
 * again after every keystroke, and comparing numbers instead of collating 10,000 names took
 * a keystroke from ~400 ms to ~50 ms (bench measurement 4). The rows come back in that order,
 * so the filtered rows reach the (stable, merge-based) sort already sorted by name, the
 * default order, and sorting them costs one comparison per row instead of n log n.
 */
const nameRank = new WeakMap<NominationRow, number>();
export function rankNames(rows: readonly NominationRow[]): NominationRow[] {
  const sorted = [...rows].sort(compareRowNames);
  sorted.forEach((r, i) => nameRank.set(r, i));
  return sorted;
}
/** Name order: by rank when both rows were ranked, else by collating their names. */
export function compareByName(a: NominationRow, b: NominationRow): number {
  const ra = nameRank.get(a);
  const rb = nameRank.get(b);
  return ra !== undefined && rb !== undefined ? ra - rb : compareRowNames(a, b);
}
const byName: SortFn<Features, NominationRow> = (a, b) => compareByName(a.original, b.original);
const byText: SortFn<Features, NominationRow> = (a, b, id) => compareText(String(a.getValue(id) ?? ''), String(b.getValue(id) ?? ''));

const helper = createColumnHelper<Features, NominationRow>();

const yesNo = (v: boolean) => (v ? 'Có' : '');
const eligibilityLabel = (r: NominationRow) => (r.disqualified ? 'Bị loại' : r.eligible ? 'Đủ điều kiện' : 'Chưa đủ');

export const columns = helper.columns([
  helper.display({ id: 'select', enableSorting: false, enableHiding: false, meta: { label: 'Chọn', width: 44, align: 'center' } }),
  helper.accessor('name', {
    id: 'name',
    header: 'Tên',
    sortFn: byName,
    filterFn: textContains,
    enableGrouping: false,
    meta: { label: 'Tên', width: 210, filter: 'text' },
  }),
  helper.accessor('categoryLabel', {
    id: 'category',
    header: 'Loại',
    sortFn: byText,
    filterFn: equalsText,
    meta: { label: 'Loại', width: 92, filter: 'select', options: ['Tập thể', 'Cá nhân'] },
  }),
  helper.accessor('kind', { id: 'kind', header: 'Đối tượng', sortFn: byText, filterFn: textContains, meta: { label: 'Đối tượng', width: 150, filter: 'text' } }),
  helper.accessor('unit', { id: 'unit', header: 'Đơn vị', sortFn: byText, filterFn: textContains, meta: { label: 'Đơn vị', width: 190, filter: 'text' } }),
  helper.accessor((r) => r.criteriaMet, {
    id: 'criteria',
    header: 'Tiêu chí',
    meta: { label: 'Tiêu chí đạt', width: 90, align: 'right', exportValue: (r) => `${r.criteriaMet}/${r.criteriaTotal}` },
  }),
  helper.accessor((r) => yesNo(r.disqualified), {
    id: 'disqualified',
    header: 'Bị loại',
    sortFn: byText,
    filterFn: equalsText,
    meta: { label: 'Bị loại (phản ánh)', width: 96, filter: 'select', options: ['Có'], align: 'center' },
  }),
  helper.accessor('evidenceCount', { id: 'evidence', header: 'Minh chứng', meta: { label: 'Số minh chứng', width: 96, align: 'right' } }),
  helper.accessor('appraisalStatus', {
    id: 'appraisal',
    header: 'Đánh giá',
    sortFn: byText,
    filterFn: textContains,
    meta: { label: 'Tình trạng đánh giá', width: 150, filter: 'text' },
  }),
  helper.accessor(eligibilityLabel, {
    id: 'eligible',
    header: 'Điều kiện',
    sortFn: byText,
    filterFn: equalsText,
    meta: { label: 'Đủ điều kiện', width: 126, filter: 'select', options: ['Đủ điều kiện', 'Chưa đủ', 'Bị loại'] },
  }),
  helper.accessor('nominatedLabel', {
    id: 'nominated',
    header: 'Đề xuất',
    sortFn: byText,
    filterFn: (row, _id, value: string) => !value || (value === 'Đã đề xuất') === row.original.nominated,
    meta: { label: 'Đã đề xuất', width: 116, filter: 'select', options: ['Đã đề xuất', 'Chưa đề xuất'] },
  }),
  helper.accessor('status', { id: 'status', header: 'Trạng thái hồ sơ', sortFn: byText, filterFn: textContains, meta: { label: 'Trạng thái hồ sơ', width: 140, filter: 'text' } }),
  helper.accessor('dossier', { id: 'dossier', header: 'Hồ sơ', sortFn: byText, meta: { label: 'Hồ sơ (đủ/3)', width: 76, align: 'center' } }),
  helper.accessor('votes', { id: 'votes', header: 'Phiếu đồng ý', sortFn: byText, meta: { label: 'Phiếu đồng ý', width: 104, align: 'right' } }),
  helper.accessor('result', { id: 'result', header: 'Kết quả', sortFn: byText, filterFn: textContains, meta: { label: 'Kết quả', width: 130, filter: 'text' } }),
  helper.accessor('search', { id: 'search', enableHiding: false, enableSorting: false, meta: { label: '', width: 0 } }),
]);

export const HIDEABLE_COLUMN_IDS = columns.map((c) => c.id ?? '').filter((id) => id !== 'select' && id !== 'search' && id !== 'name');
/** Working columns first, so the screen at 1366 px shows what the officer acts on. */
export const DEFAULT_ORDER = ['select', 'name', 'category', 'criteria', 'eligible', 'nominated', 'status', 'dossier', 'disqualified', 'evidence', 'appraisal', 'unit', 'kind', 'votes', 'result', 'search'];
