// One cell of the nomination grid: plain text for most columns, badges where a glance
// matters (eligibility, dossier status), a checkbox for selection.
import type { TableRow } from './table-columns';

interface CellProps {
  row: TableRow;
  columnId: string;
  align: 'right' | 'center' | undefined;
  active: boolean;
  cellKey: string;
  onActivate: () => void;
  onOpen: () => void;
}

function Content({ row, columnId, onOpen }: Pick<CellProps, 'row' | 'columnId' | 'onOpen'>) {
  const r = row.original;
  switch (columnId) {
    case 'select':
      return <input type="checkbox" tabIndex={-1} aria-label={`Chọn ${r.name}`} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />;
    case 'name':
      return (
        <button type="button" className="nt-link" tabIndex={-1} onClick={onOpen} title={r.nominated ? 'Mở hồ sơ đề xuất' : 'Đề xuất'}>
          {r.name}
        </button>
      );
    case 'criteria':
      return (
        <span className={r.criteriaMet === r.criteriaTotal && r.criteriaTotal > 0 ? 'ok' : undefined}>
          {r.criteriaMet}/{r.criteriaTotal}
        </span>
      );
    case 'disqualified':
      return r.disqualified ? <span className="badge badge-danger">Có</span> : null;
    case 'eligible':
      return r.disqualified ? (
        <span className="badge badge-danger" title={r.reasons.join('\n')}>Bị loại</span>
      ) : r.eligible ? (
        <span className="badge badge-success">Đủ điều kiện</span>
      ) : (
        <span className="badge badge-warning" title={r.reasons.join('\n')}>Chưa đủ</span>
      );
    case 'nominated':
      if (r.nominated) return <span className="badge badge-info">Đã đề xuất</span>;
      return r.eligible ? (
        <button type="button" className="btn btn-sm nt-row-action" tabIndex={-1} aria-label={`Đề xuất ${r.name}`} onClick={onOpen}>
          Đề xuất
        </button>
      ) : null;
    case 'status':
      return r.status ? <span className={r.nominated ? 'nt-status' : 'muted'}>{r.status}</span> : null;
    default: {
      const value = row.getValue(columnId);
      const text = value === undefined || value === null ? '' : String(value);
      return <span title={text.length > 18 ? text : undefined}>{text}</span>;
    }
  }
}

export function GridCell({ row, columnId, align, active, cellKey, onActivate, onOpen }: CellProps) {
  return (
    <td
      role="gridcell"
      tabIndex={active ? 0 : -1}
      data-cell={cellKey}
      className={[align ? `al-${align}` : '', active ? 'is-active' : '', columnId === 'select' || columnId === 'name' ? `pin-${columnId}` : ''].join(' ').trim() || undefined}
      onMouseDown={onActivate}
      onDoubleClick={onOpen}
    >
      <Content row={row} columnId={columnId} onOpen={onOpen} />
    </td>
  );
}
