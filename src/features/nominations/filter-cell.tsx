// The filter under a column header: a text box (accent-free "contains") or a list of values.
import type { Column } from '@tanstack/react-table';
import type { Features } from './table-columns';
import type { NominationRow } from './table-rows';

export function FilterCell({ column }: { column: Column<Features, NominationRow, unknown> }) {
  const meta = column.columnDef.meta;
  if (!meta?.filter) return null;
  const value = (column.getFilterValue() as string | undefined) ?? '';
  const label = `Lọc theo ${meta.label.toLowerCase()}`;
  if (meta.filter === 'select') {
    return (
      <select className="nt-filter" aria-label={label} value={value} onChange={(e) => column.setFilterValue(e.target.value || undefined)}>
        <option value="">Tất cả</option>
        {meta.options?.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      className="nt-filter"
      type="search"
      aria-label={label}
      placeholder="Lọc…"
      value={value}
      onChange={(e) => {
        performance.mark('filter-start');
        column.setFilterValue(e.target.value || undefined);
      }}
    />
  );
}
