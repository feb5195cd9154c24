// The award history's rows (the ledger page, a person's or unit's page): what was received, when, by
// whose decision, how much, and whether it still stands; a corrected row links to its correction.
import { memo, useState } from 'react';
import { Link } from 'react-router';
import { decisionText, type HistoryRow } from '../domain/award-history-view';
import { ENTRY_STATE_LABELS } from '../domain/award-history';
import { formatMoney } from '../lib/vi-money';

const STATE_BADGE = { current: 'badge-success', corrected: 'badge-warning', annulled: 'badge-danger', annulment: 'badge-danger' } as const;

/** Rows drawn at a time: a district's ledger holds 50,000 lines; every keystroke redraws what is shown. */
export const SHOWN = 60;

function subjectLink(row: HistoryRow) {
  const e = row.entry;
  if (e.category === 'individual' && e.personId) return `/register/people/${e.personId}`;
  if (e.category === 'collective' && e.unitId) return `/register/units/${e.unitId}`;
  return null;
}

function StateCell({ row }: { row: HistoryRow }) {
  const { entry, state, supersededBy, corrects } = row;
  return (
    <>
      <span className={`badge ${STATE_BADGE[state]}`}>{ENTRY_STATE_LABELS[state]}</span>
      {supersededBy && (
        <div className="small">
          <a href={`#award-${supersededBy.id}`}>{state === 'annulled' ? 'Xem dòng huỷ' : 'Xem dòng điều chỉnh'}</a>
        </div>
      )}
      {entry.corrects && (
        <div className="small">
          {entry.corrects.annul ? 'Huỷ' : 'Điều chỉnh'}{' '}
          {corrects ? <a href={`#award-${corrects.id}`}>dòng “{corrects.title}” năm {corrects.year}</a> : 'một dòng không còn trên máy này'}: {entry.corrects.reason}
        </div>
      )}
    </>
  );
}

interface RowProps {
  row: HistoryRow;
  onCorrect: ((row: HistoryRow) => void) | undefined;
  showSubject: boolean;
}

/**
 * One line of the ledger. Memoised: a keystroke in the search narrows the rows, and the lines that
 * stay on screen are not drawn again (the caller passes a stable `onCorrect`).
 */
const LedgerRow = memo(function LedgerRow({ row, onCorrect, showSubject }: RowProps) {
  const e = row.entry;
  const to = subjectLink(row);
  const struck = row.state === 'corrected' || row.state === 'annulled';
  return (
    <tr id={`award-${row.id}`} className={struck ? 'muted' : undefined}>
      <td>{e.year}</td>
      {showSubject && (
        <td>
          {to ? <Link to={to}>{e.subjectName}</Link> : e.subjectName}
          <div className="muted small">{e.category === 'collective' ? 'Tập thể' : e.unitName}</div>
        </td>
      )}
      <td>{struck ? <s>{e.title}</s> : e.title}</td>
      <td>
        {decisionText(e) || <span className="muted">Chưa rõ số, ngày quyết định</span>}
        {e.giver && <div className="muted small">{e.giver}</div>}
      </td>
      <td className="num" style={{ whiteSpace: 'nowrap' }}>{formatMoney(e.amount)}</td>
      <td><StateCell row={row} /></td>
      {onCorrect && (
        <td className="num">
          {row.state === 'current' && (
            <button type="button" className="btn btn-sm" onClick={() => onCorrect(row)} aria-label={`Điều chỉnh khen thưởng của ${e.subjectName} năm ${e.year}`}>
              Điều chỉnh
            </button>
          )}
        </td>
      )}
    </tr>
  );
});

export function HistoryTable({ rows, onCorrect, showSubject = true }: { rows: readonly HistoryRow[]; onCorrect?: (row: HistoryRow) => void; showSubject?: boolean }) {
  const [limit, setLimit] = useState(SHOWN);
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Năm</th>
            {showSubject && <th scope="col" style={{ minWidth: 180 }}>Tập thể, cá nhân</th>}
            <th scope="col" style={{ minWidth: 200 }}>Hình thức khen thưởng, danh hiệu</th>
            <th scope="col" style={{ minWidth: 220 }}>Quyết định, cấp khen</th>
            <th scope="col" className="num">Số tiền</th>
            <th scope="col">Tình trạng</th>
            {onCorrect && <th scope="col"><span className="visually-hidden">Thao tác</span></th>}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((row) => (
            <LedgerRow key={row.id} row={row} onCorrect={onCorrect} showSubject={showSubject} />
          ))}
        </tbody>
      </table>
      {rows.length > limit && (
        <div className="row" style={{ padding: 12, justifyContent: 'space-between' }}>
          <span className="muted small">Đang hiện {limit} / {rows.length} dòng; tìm kiếm hoặc lọc để thu hẹp.</span>
          <button type="button" className="btn btn-sm" onClick={() => setLimit((n) => n + SHOWN * 5)}>Hiện thêm {Math.min(SHOWN * 5, rows.length - limit)} dòng</button>
        </div>
      )}
    </div>
  );
}
