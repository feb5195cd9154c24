// One cell of the nomination grid: plain text for most columns, badges where a glance
// matters (eligibility, dossier status), a checkbox for selection. Where a person holds one
// nomination per award (LĐTT and CSTĐ cơ sở), the nomination columns read one line per award,
// each status line a link to that award's own dossier.
import { Link } from 'react-router';
import { Plus } from 'lucide-react';
import type { TableRow } from './table-columns';
import type { TitleNomination } from './table-rows';

export interface CellActions {
  onOpen: () => void;
  /** Opens the nominate dialog for this row (another award, where it has several). */
  onPropose: () => void;
  dossierHref: (nominationId: string) => string;
}

interface CellProps extends CellActions {
  row: TableRow;
  columnId: string;
  align: 'right' | 'center' | undefined;
  active: boolean;
  cellKey: string;
  onActivate: () => void;
}

const PER_TITLE_TEXT: Partial<Record<string, (e: TitleNomination) => string>> = {
  dossier: (e) => e.dossier,
  votes: (e) => e.votes,
  result: (e) => e.result,
};

function TitleLines({ entries, text }: { entries: readonly TitleNomination[]; text: (e: TitleNomination) => string }) {
  return (
    <span className="nt-lines">
      {entries.map((e) =>
        text(e) ? (
          <span key={e.rewardId} className="nt-line">
            <span className="nt-tag">{e.label}</span> {text(e)}
          </span>
        ) : null,
      )}
    </span>
  );
}

function Content({ row, columnId, onOpen, onPropose, dossierHref }: Pick<CellProps, 'row' | 'columnId'> & CellActions) {
  const r = row.original;
  const perText = PER_TITLE_TEXT[columnId];
  if (r.perTitle.length > 0 && perText) return <TitleLines entries={r.perTitle} text={perText} />;
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
    case 'nominated': {
      const live = r.perTitle.filter((e) => e.nominated);
      if (live.length > 0) {
        return (
          <span className="nt-lines">
            {live.map((e, i) => (
              <span key={e.rewardId} className="nt-line">
                <span className="badge badge-info">{e.label}</span>
                {r.proposable && i === live.length - 1 && (
                  <button type="button" className="btn btn-sm nt-row-action nt-row-plus" tabIndex={-1} aria-label={`Đề xuất thêm danh hiệu cho ${r.name}`} title="Đề xuất thêm danh hiệu" onClick={onPropose}>
                    <Plus size={14} aria-hidden="true" />
                  </button>
                )}
              </span>
            ))}
          </span>
        );
      }
      if (r.nominated) return <span className="badge badge-info">Đã đề xuất</span>;
      return r.proposable ? (
        <button type="button" className="btn btn-sm nt-row-action" tabIndex={-1} aria-label={`Đề xuất ${r.name}`} onClick={onPropose}>
          Đề xuất
        </button>
      ) : null;
    }
    case 'status':
      if (r.perTitle.length > 0) {
        return (
          <span className="nt-lines">
            {r.perTitle.map((e) => (
              <Link key={e.rewardId} className="nt-line nt-title-link" tabIndex={-1} to={dossierHref(e.nomination.id)} aria-label={`Hồ sơ ${e.label} của ${r.name}: ${e.status}`} title={`Mở hồ sơ ${e.label}`}>
                <span className="nt-tag">{e.label}</span> <span className={e.nominated ? 'nt-status' : 'muted'}>{e.status}</span>
              </Link>
            ))}
          </span>
        );
      }
      return r.status ? <span className={r.nominated ? 'nt-status' : 'muted'}>{r.status}</span> : null;
    default: {
      const value = row.getValue(columnId);
      const text = value === undefined || value === null ? '' : String(value);
      return <span title={text.length > 18 ? text : undefined}>{text}</span>;
    }
  }
}

export function GridCell({ row, columnId, align, active, cellKey, onActivate, ...actions }: CellProps) {
  return (
    <td
      role="gridcell"
      tabIndex={active ? 0 : -1}
      data-cell={cellKey}
      className={[align ? `al-${align}` : '', active ? 'is-active' : '', columnId === 'select' || columnId === 'name' ? `pin-${columnId}` : ''].join(' ').trim() || undefined}
      onMouseDown={onActivate}
      onDoubleClick={actions.onOpen}
    >
      <Content row={row} columnId={columnId} {...actions} />
    </td>
  );
}
