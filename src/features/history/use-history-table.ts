// The TanStack Table instance of the ledger: filters by year, title and unit, an accent-free
// search over name, unit, title and decision number, rows in the Vietnamese order.
import { useMemo } from 'react';
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  globalFilteringFeature,
  tableFeatures,
  useTable,
  type FilterFn,
  type Row,
} from '@tanstack/react-table';
import type { HistoryRow } from '../../domain/award-history-view';
import { foldForSearch } from '../../lib/vi-text';

const features = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
});
type Features = typeof features;

const search: FilterFn<Features, HistoryRow> = Object.assign(
  (row: Row<Features, HistoryRow>, _columnId: string, words: string[]) => words.every((w) => row.original.search.includes(w)),
  { resolveFilterValue: (value: unknown) => foldForSearch(String(value ?? '')).split(' ').filter(Boolean) },
);
const equals: FilterFn<Features, HistoryRow> = (row, columnId, value: string) => !value || String(row.getValue(columnId)) === value;
/** A unit's own awards and its members'. */
const ofUnit: FilterFn<Features, HistoryRow> = (row, _columnId, value: string) => !value || row.original.entry.unitId === value;

const helper = createColumnHelper<Features, HistoryRow>();
const columns = helper.columns([
  helper.accessor((r) => String(r.entry.year), { id: 'year', filterFn: equals }),
  helper.accessor((r) => r.entry.title, { id: 'title', filterFn: equals }),
  helper.accessor((r) => r.entry.unitId ?? '', { id: 'unit', filterFn: ofUnit }),
  helper.accessor((r) => r.search, { id: 'search' }),
]);

export interface HistoryFilters {
  year: string;
  title: string;
  unitId: string;
  query: string;
}

export function useHistoryTable(data: HistoryRow[], filters: HistoryFilters) {
  const columnFilters = useMemo(
    () => (['year', 'title', 'unit'] as const).flatMap((id) => {
      const value = id === 'unit' ? filters.unitId : filters[id];
      return value ? [{ id, value }] : [];
    }),
    [filters],
  );
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.id,
    globalFilterFn: search,
    getColumnCanGlobalFilter: (column) => column.id === 'search',
    state: { columnFilters, globalFilter: filters.query },
  });
  return table.getRowModel().rows.map((r) => r.original);
}
