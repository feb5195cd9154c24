// The spreadsheet-like grid: sticky header with sort buttons and a filter row, virtualised
// body (only the visible rows are in the DOM), grouping by category, a roving focused cell
// moved with the arrow keys, Space selects, Enter opens.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ChevronDown, ChevronRight } from 'lucide-react';
import type { ReactTable } from '@tanstack/react-table';
import type { Features, TableRow } from './table-columns';
import type { NominationRow } from './table-rows';
import { GridCell } from './grid-cell';
import { FilterCell } from './filter-cell';

export const ROW_HEIGHT = 34;
/** Rows of a table where someone holds two nominations (LĐTT and CSTĐ cơ sở): two lines a cell. */
export const TALL_ROW_HEIGHT = 50;
const pinClass = (id: string) => (id === 'select' || id === 'name' ? `pin-${id}` : undefined);

interface GridProps {
  table: ReactTable<Features, NominationRow, unknown>;
  rows: TableRow[];
  onOpen: (row: NominationRow) => void;
  onPropose: (row: NominationRow) => void;
  dossierHref: (nominationId: string) => string;
  /** ROW_HEIGHT, or TALL_ROW_HEIGHT when some row shows a line per award. */
  rowHeight?: number;
  /** Wider columns than the default (the per-award lines "CSTĐ cơ sở: Không được chọn"). */
  widths?: Readonly<Record<string, number>>;
}

export function NominationGrid({ table, rows, onOpen, onPropose, dossierHref, rowHeight = ROW_HEIGHT, widths }: GridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const columns = table.getVisibleLeafColumns().filter((c) => c.id !== 'search');
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const activeRow = Math.min(active.row, Math.max(rows.length - 1, 0));
  const activeCol = Math.min(active.col, Math.max(columns.length - 1, 0));
  const focusPending = useRef(false);
  const widthOf = (c: (typeof columns)[number]) => widths?.[c.id] ?? c.columnDef.meta?.width ?? 100;

  // The virtualiser keeps the sizes it estimated: forget them when rows grow a second line.
  const estimatedHeight = useRef(rowHeight);
  useEffect(() => {
    if (estimatedHeight.current === rowHeight) return;
    estimatedHeight.current = rowHeight;
    virtualizer.measure();
  }, [rowHeight, virtualizer]);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    virtualizer.scrollToIndex(activeRow, { align: 'auto' });
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${activeRow}:${activeCol}"]`)?.focus());
  }, [activeRow, activeCol, virtualizer]);

  function move(row: number, col: number) {
    focusPending.current = true;
    setActive({ row: Math.max(0, Math.min(rows.length - 1, row)), col: Math.max(0, Math.min(columns.length - 1, col)) });
  }

  function onKeyDown(e: KeyboardEvent) {
    if ((e.target as HTMLElement).closest('thead')) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 2);
    const row = rows[activeRow];
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeRow + 1, activeCol),
      ArrowUp: () => move(activeRow - 1, activeCol),
      ArrowRight: () => move(activeRow, activeCol + 1),
      ArrowLeft: () => move(activeRow, activeCol - 1),
      PageDown: () => move(activeRow + page, activeCol),
      PageUp: () => move(activeRow - page, activeCol),
      Home: () => move(e.ctrlKey ? 0 : activeRow, 0),
      End: () => move(e.ctrlKey ? rows.length - 1 : activeRow, columns.length - 1),
      Enter: () => {
        if (row?.getIsGrouped()) row.toggleExpanded();
        else if (row) onOpen(row.original);
      },
      ' ': () => {
        if (row && !row.getIsGrouped()) row.toggleSelected();
      },
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  }

  const totalWidth = columns.reduce((sum, c) => sum + widthOf(c), 0);
  return (
    <div className="nt-scroll" ref={scrollRef}>
      <table
        className={rowHeight > ROW_HEIGHT ? 'nt nt-tall' : 'nt'}
        role="grid"
        aria-label="Bảng đối tượng và đề xuất"
        aria-rowcount={rows.length + 2}
        aria-colcount={columns.length}
        style={{ width: totalWidth }}
        onKeyDown={onKeyDown}
      >
        <colgroup>
          {columns.map((c) => (
            <col key={c.id} style={{ width: widthOf(c) }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => {
              const sorted = column.getIsSorted();
              const label = column.columnDef.meta?.label ?? column.id;
              return (
                <th key={column.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined} className={[column.columnDef.meta?.align ? `al-${column.columnDef.meta.align}` : '', pinClass(column.id)].join(' ').trim() || undefined}>
                  {column.id === 'select' ? (
                    <input
                      type="checkbox"
                      aria-label="Chọn tất cả các dòng đang hiện"
                      checked={table.getIsAllRowsSelected()}
                      ref={(el) => {
                        if (el) el.indeterminate = table.getIsSomeRowsSelected();
                      }}
                      onChange={table.getToggleAllRowsSelectedHandler()}
                    />
                  ) : column.getCanSort() ? (
                    <button type="button" className="nt-sort" onClick={column.getToggleSortingHandler()} title={`Sắp xếp theo ${label}`}>
                      {typeof column.columnDef.header === 'string' ? column.columnDef.header : label}
                      {sorted === 'asc' && <ArrowUp size={14} aria-hidden="true" />}
                      {sorted === 'desc' && <ArrowDown size={14} aria-hidden="true" />}
                    </button>
                  ) : (
                    (column.columnDef.header as string | undefined) ?? ''
                  )}
                </th>
              );
            })}
          </tr>
          <tr className="nt-filters" aria-rowindex={2}>
            {columns.map((column) => (
              <th key={column.id} scope="col" className={pinClass(column.id)}>
                <FilterCell column={column} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            if (row.getIsGrouped()) {
              const expanded = row.getIsExpanded();
              return (
                <tr key={row.id} className="nt-group" aria-rowindex={item.index + 3} style={{ height: rowHeight }}>
                  <td
                    colSpan={columns.length}
                    tabIndex={item.index === activeRow ? 0 : -1}
                    data-cell={`${item.index}:0`}
                    aria-expanded={expanded}
                    onClick={() => {
                      setActive({ row: item.index, col: 0 });
                      row.toggleExpanded();
                    }}
                  >
                    {expanded ? <ChevronDown size={16} aria-hidden="true" /> : <ChevronRight size={16} aria-hidden="true" />}
                    <strong>{String(row.groupingValue)}</strong> <span className="muted">({row.subRows.length})</span>
                  </td>
                </tr>
              );
            }
            return (
              <tr key={row.id} aria-rowindex={item.index + 3} aria-selected={row.getIsSelected()} className={row.getIsSelected() ? 'is-selected' : undefined} style={{ height: rowHeight }}>
                {columns.map((column, colIndex) => (
                  <GridCell
                    key={column.id}
                    row={row}
                    columnId={column.id}
                    align={column.columnDef.meta?.align}
                    active={item.index === activeRow && colIndex === activeCol}
                    cellKey={`${item.index}:${colIndex}`}
                    onActivate={() => setActive({ row: item.index, col: colIndex })}
                    onOpen={() => onOpen(row.original)}
                    onPropose={() => onPropose(row.original)}
                    dossierHref={dossierHref}
                  />
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
        </tbody>
      </table>
      {rows.length === 0 && <p className="nt-empty">Không có dòng nào khớp bộ lọc. Hãy xoá bớt điều kiện lọc.</p>}
    </div>
  );
}
