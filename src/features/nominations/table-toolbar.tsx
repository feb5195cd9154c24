// Above the grid: accent-free search, grouping, columns, clearing filters, and the exports
// (CSV, Excel, print) of exactly the rows and columns shown.
import { useEffect, useState } from 'react';
import { FileSpreadsheet, FileText, FilterX, Printer, Search } from 'lucide-react';
import type { ReactTable } from '@tanstack/react-table';
import { errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast';
import { ColumnMenu } from './column-menu';
import type { Features, TableRow } from './table-columns';
import { DEFAULT_ORDER } from './table-columns';
import { downloadBlob, toCsv, toXlsxBlob, type ExportTable } from './table-export';
import type { TablePrefs } from './table-prefs';
import type { NominationRow } from './table-rows';
import { PrintTable } from './print-table';

interface Props {
  table: ReactTable<Features, NominationRow, unknown>;
  rows: TableRow[];
  prefs: TablePrefs;
  setPrefs: (update: (p: TablePrefs) => TablePrefs) => void;
  fileName: string;
  title: string;
}

/** The visible columns and the (filtered, sorted) data rows, as plain values. */
export function shownTable(table: Pick<Props['table'], 'getVisibleLeafColumns'>, rows: TableRow[]): ExportTable {
  const columns = table.getVisibleLeafColumns().filter((c) => c.id !== 'select' && c.id !== 'search');
  return {
    headers: columns.map((c) => c.columnDef.meta?.label ?? c.id),
    rows: rows
      .filter((r) => !r.getIsGrouped())
      .map((r) => columns.map((c) => c.columnDef.meta?.exportValue?.(r.original) ?? ((r.getValue(c.id) as string | number | undefined) ?? ''))),
  };
}

export function TableToolbar({ table, rows, prefs, setPrefs, fileName, title }: Props) {
  const toast = useToast();
  const [search, setSearch] = useState('');
  const [printing, setPrinting] = useState<ExportTable | null>(null);

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(null);
    window.addEventListener('afterprint', done, { once: true });
    const timer = window.setTimeout(() => window.print(), 50);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, [printing]);

  async function exportAs(kind: 'csv' | 'xlsx') {
    try {
      const data = shownTable(table, rows);
      const blob = kind === 'csv' ? new Blob([toCsv(data)], { type: 'text/csv;charset=utf-8' }) : await toXlsxBlob(data);
      downloadBlob(blob, `${fileName.replace(/[^\w-]+/g, '-')}.${kind}`);
      toast.show(`Đã xuất ${data.rows.length} dòng ra tệp ${kind === 'csv' ? 'CSV' : 'Excel'}`);
    } catch (e) {
      toast.show(errorText(e), undefined, 8000);
    }
  }

  return (
    <div className="nt-toolbar no-print">
      <label className="nt-search">
        <Search size={16} aria-hidden="true" />
        <span className="visually-hidden">Tìm trong bảng</span>
        <input
          type="search"
          className="input"
          placeholder="Tìm tên, đơn vị… (không cần dấu)"
          aria-label="Tìm trong bảng"
          value={search}
          onChange={(e) => {
            performance.mark('filter-start');
            setSearch(e.target.value);
            table.setGlobalFilter(e.target.value);
          }}
        />
      </label>
      <label className="checkbox small">
        <input type="checkbox" checked={prefs.grouped} onChange={(e) => setPrefs((p) => ({ ...p, grouped: e.target.checked }))} />
        Nhóm theo tập thể / cá nhân
      </label>
      <ColumnMenu table={table} order={prefs.order} onReset={() => setPrefs((p) => ({ ...p, order: DEFAULT_ORDER, visibility: {} }))} />
      <button
        type="button"
        className="btn btn-sm btn-ghost"
        onClick={() => {
          setSearch('');
          table.setGlobalFilter('');
          table.resetColumnFilters(true);
        }}
      >
        <FilterX size={16} aria-hidden="true" /> Xoá lọc
      </button>
      <span className="nt-spacer" />
      <button type="button" className="btn btn-sm" onClick={() => void exportAs('csv')}>
        <FileText size={16} aria-hidden="true" /> Xuất CSV
      </button>
      <button type="button" className="btn btn-sm" onClick={() => void exportAs('xlsx')}>
        <FileSpreadsheet size={16} aria-hidden="true" /> Xuất Excel
      </button>
      <button type="button" className="btn btn-sm" onClick={() => setPrinting(shownTable(table, rows))}>
        <Printer size={16} aria-hidden="true" /> In
      </button>
      {printing && <PrintTable title={title} data={printing} />}
    </div>
  );
}
