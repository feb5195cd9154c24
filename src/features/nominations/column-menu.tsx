// Choosing which columns show and in what order; remembered per campaign.
import { ArrowLeft, ArrowRight, Columns3 } from 'lucide-react';
import type { ReactTable } from '@tanstack/react-table';
import type { Features } from './table-columns';
import { HIDEABLE_COLUMN_IDS } from './table-columns';
import type { NominationRow } from './table-rows';
import { moveColumn } from './table-prefs';

interface Props {
  table: ReactTable<Features, NominationRow, unknown>;
  order: string[];
  onReset: () => void;
}

export function ColumnMenu({ table, order, onReset }: Props) {
  const ids = order.filter((id) => HIDEABLE_COLUMN_IDS.includes(id));
  return (
    <details className="nt-menu">
      <summary className="btn btn-sm">
        <Columns3 size={16} aria-hidden="true" /> Cột
      </summary>
      <div className="nt-menu-body" role="group" aria-label="Chọn và sắp xếp cột">
        {ids.map((id) => {
          const column = table.getColumn(id);
          if (!column) return null;
          const label = column.columnDef.meta?.label ?? id;
          return (
            <div key={id} className="nt-menu-row">
              <label className="checkbox">
                <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
                {label}
              </label>
              <span>
                <button type="button" className="btn btn-ghost btn-sm" aria-label={`Đưa cột ${label} sang trái`} onClick={() => table.setColumnOrder(moveColumn(order, id, -1))}>
                  <ArrowLeft size={14} aria-hidden="true" />
                </button>
                <button type="button" className="btn btn-ghost btn-sm" aria-label={`Đưa cột ${label} sang phải`} onClick={() => table.setColumnOrder(moveColumn(order, id, 1))}>
                  <ArrowRight size={14} aria-hidden="true" />
                </button>
              </span>
            </div>
          );
        })}
        <button type="button" className="btn btn-sm" onClick={onReset}>
          Khôi phục mặc định
        </button>
      </div>
    </details>
  );
}
