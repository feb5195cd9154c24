// Participants × criteria: one mark per cell (a link to that cell's form), progress, and the
// reasons a participant is not (yet) eligible.
import { Link } from 'react-router';
import type { Campaign } from '../../domain/campaign';
import { StatusMark, CELL_LABELS, toCellState, type CellState } from './status-mark';
import type { ParticipantRow } from './use-evidence-data';
import { summariseReasons } from './reason-summary';

export function criterionAnchor(number: number): string {
  return `tieu-chi-${number}`;
}

function cellState(row: ParticipantRow, campaign: Campaign, criterionId: string): CellState | null {
  const cell = row.eligibility.perCriterion.find((c) => c.criterionId === criterionId);
  if (!cell) return null;
  const criterion = campaign.criteria.find((c) => c.id === criterionId);
  return toCellState(cell.state, { disqualifier: criterion?.kind === 'disqualifier', disqualified: row.eligibility.disqualified, appraisal: row.appraisalOf.get(criterionId) });
}

export function MatrixTable({ campaign, rows }: { campaign: Campaign; rows: ParticipantRow[] }) {
  const base = `/campaigns/${campaign.id}/evidence`;
  return (
    <div className="table-wrap matrix-wrap">
      <table className="table matrix">
        <thead>
          <tr>
            <th scope="col" className="matrix-name">Đối tượng</th>
            {campaign.criteria.map((c, i) => (
              <th scope="col" key={c.id} className="matrix-crit" title={c.text}>
                <span className="matrix-crit-no">Tiêu chí {i + 1}</span>
                <span className="matrix-crit-name">{c.shortName}</span>
              </th>
            ))}
            <th scope="col" className="matrix-progress">Tiến độ</th>
            <th scope="col">Kết quả</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { participant: p, eligibility: e } = row;
            return (
              <tr key={p.id} className={e.disqualified ? 'is-disqualified' : undefined}>
                <th scope="row" className="matrix-name">
                  <Link to={`${base}/${p.id}`}>{p.displayName}</Link>
                  <span className="matrix-sub">
                    {p.category === 'collective' ? 'Tập thể' : 'Cá nhân'}
                    {row.unitName && p.category === 'individual' ? ` · ${row.unitName}` : ''}
                  </span>
                </th>
                {campaign.criteria.map((c, i) => {
                  const state = cellState(row, campaign, c.id);
                  return (
                    <td key={c.id} className="matrix-cell">
                      {state ? (
                        <Link to={`${base}/${p.id}#${criterionAnchor(i + 1)}`} className="matrix-link" aria-label={`${p.displayName}, tiêu chí ${i + 1}: ${CELL_LABELS[state]}`}>
                          <StatusMark state={state} />
                        </Link>
                      ) : (
                        <span className="muted small">Không áp dụng</span>
                      )}
                    </td>
                  );
                })}
                <td className="matrix-progress">
                  <span className="num">
                    {e.criteriaMet}/{e.criteriaTotal}
                  </span>
                  <span className="progress" aria-hidden="true">
                    <span style={{ width: `${e.criteriaTotal ? (100 * e.criteriaMet) / e.criteriaTotal : 0}%` }} />
                  </span>
                </td>
                <td className="matrix-result">
                  {e.disqualified && <span className="badge badge-danger">Bị loại</span>}
                  {e.eligible && <span className="badge badge-success">Đủ điều kiện</span>}
                  {e.reasons.length > 0 && <span className="matrix-reasons">{summariseReasons(e.reasons, e.criteriaTotal).join('; ')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
