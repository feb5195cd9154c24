// Import, the dry run: what will be added, and every row that will not be, with why.
import type { LedgerDryRun, LedgerProblem } from '../../domain/award-history-import';
import { CATEGORY_LABELS } from '../../domain/rules';
import { formatDate } from '../../lib/vi-date';
import { formatMoney } from '../../lib/vi-money';
import { Alert } from '../../ui/alert';

const SHOWN = 200;

function ProblemTable({ rows }: { rows: LedgerProblem[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Dòng</th>
            <th scope="col">Tên</th>
            <th scope="col">Lý do</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((p) => (
            <tr key={p.rowNumber}>
              <td>{p.rowNumber}</td>
              <td>{p.name}</td>
              <td>{p.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function LedgerReview({ plan }: { plan: LedgerDryRun }) {
  return (
    <div className="stack">
      <Alert tone={plan.problems.length ? 'warning' : 'success'} title={`Sẽ nhập ${plan.entries.length} khen thưởng; ${plan.problems.length} dòng không nhập được; ${plan.duplicates.length} dòng đã có trong sổ.`}>
        {plan.problems.length > 0 && 'Các dòng không nhập được được liệt kê bên dưới kèm lý do. Bạn có thể nhập phần còn lại ngay, hoặc sửa tệp rồi chọn lại.'}
      </Alert>
      {plan.problems.length > 0 && (
        <section className="card" aria-labelledby="ledger-problems">
          <h3 id="ledger-problems">Dòng không nhập được ({plan.problems.length})</h3>
          <ProblemTable rows={plan.problems} />
        </section>
      )}
      {plan.duplicates.length > 0 && (
        <section className="card" aria-labelledby="ledger-duplicates">
          <h3 id="ledger-duplicates">Dòng bỏ qua vì đã có ({plan.duplicates.length})</h3>
          <ProblemTable rows={plan.duplicates} />
        </section>
      )}
      {plan.entries.length > 0 && (
        <section className="card" aria-labelledby="ledger-entries">
          <h3 id="ledger-entries">Sẽ nhập ({plan.entries.length})</h3>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Dòng</th>
                  <th scope="col">Tập thể, cá nhân</th>
                  <th scope="col">Đơn vị</th>
                  <th scope="col">Hình thức, danh hiệu</th>
                  <th scope="col">Năm</th>
                  <th scope="col">Quyết định</th>
                  <th scope="col" className="num">Số tiền</th>
                </tr>
              </thead>
              <tbody>
                {plan.entries.slice(0, SHOWN).map((e) => (
                  <tr key={e.rowNumber}>
                    <td>{e.rowNumber}</td>
                    <td>{e.subjectName} <span className="muted small">({CATEGORY_LABELS[e.category]})</span></td>
                    <td>{e.unitName}</td>
                    <td>{e.title}</td>
                    <td>{e.year}</td>
                    <td>{[e.decisionNumber, formatDate(e.decisionDate)].filter(Boolean).join(', ')}</td>
                    <td className="num">{formatMoney(e.amount ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {plan.entries.length > SHOWN && <p className="muted small">Đang hiện {SHOWN} dòng đầu tiên.</p>}
        </section>
      )}
    </div>
  );
}
