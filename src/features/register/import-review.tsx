// Import, step 3: the dry run, before anything is written: counts, legacy-encoding
// conversions, skipped rows with reasons, changes to existing people, warnings.
import type { DryRun } from '../../domain/register-import';
import { LEGACY_ENCODING_LABELS } from '../../lib/legacy-vietnamese';
import { PERSON_KIND_LABELS, GENDER_LABELS } from '../../domain/register';
import { formatDate } from '../../lib/vi-date';
import { Alert } from '../../ui/alert';

const LIMIT = 200;

function Stat({ value, label }: { value: number; label: string }) {
  return (
    <div className="stat">
      <span className="stat-value">{value.toLocaleString('vi-VN')}</span>
      <span className="stat-label">{label}</span>
    </div>
  );
}

function More({ total }: { total: number }) {
  return total > LIMIT ? <p className="muted small">… và {total - LIMIT} dòng khác.</p> : null;
}

export function ImportReview({ plan }: { plan: DryRun }) {
  return (
    <div className="stack">
      <div className="grid grid-4 card" aria-label="Tóm tắt">
        <Stat value={plan.created.length} label="người mới" />
        <Stat value={plan.updated.length} label="người được cập nhật" />
        <Stat value={plan.unchanged.length} label="không thay đổi" />
        <Stat value={plan.skipped.length} label="dòng bị bỏ qua" />
      </div>
      {plan.newUnits.length > 0 && (
        <Alert tone="info" title={`Sẽ tạo ${plan.newUnits.length} đơn vị mới`}>
          {plan.newUnits.map((u) => u.name).join('; ')}
        </Alert>
      )}
      {plan.conversions.length > 0 && (
        <section className="card">
          <h2>Chữ gõ bằng bảng mã cũ đã được chuyển sang Unicode ({plan.conversions.length})</h2>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Dòng</th>
                  <th scope="col">Trong tệp</th>
                  <th scope="col">Sau khi chuyển</th>
                  <th scope="col">Bảng mã</th>
                </tr>
              </thead>
              <tbody>
                {plan.conversions.slice(0, LIMIT).map((c, i) => (
                  <tr key={i}>
                    <td>{c.rowNumber}</td>
                    <td>{c.original}</td>
                    <td><strong>{c.converted}</strong></td>
                    <td>{LEGACY_ENCODING_LABELS[c.from]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <More total={plan.conversions.length} />
        </section>
      )}
      {plan.skipped.length > 0 && (
        <section className="card">
          <h2>Dòng bị bỏ qua</h2>
          <ul>
            {plan.skipped.slice(0, LIMIT).map((s) => (
              <li key={s.rowNumber}>
                Dòng {s.rowNumber} — {s.name}: {s.reason}
              </li>
            ))}
          </ul>
          <More total={plan.skipped.length} />
        </section>
      )}
      {plan.updated.length > 0 && (
        <section className="card">
          <h2>Người đã có, sẽ được cập nhật</h2>
          <ul>
            {plan.updated.slice(0, LIMIT).map((u) => (
              <li key={u.rowNumber}>
                Dòng {u.rowNumber} — <strong>{u.name}</strong>: {u.changes.join('; ')}
              </li>
            ))}
          </ul>
          <More total={plan.updated.length} />
        </section>
      )}
      {plan.warnings.length > 0 && (
        <Alert tone="warning" title="Cần xem lại">
          <ul>
            {plan.warnings.slice(0, LIMIT).map((w, i) => (
              <li key={i}>
                Dòng {w.rowNumber}: {w.text}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {plan.created.length > 0 && (
        <section className="card">
          <h2>Người mới</h2>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Dòng</th>
                  <th scope="col">Họ và tên</th>
                  <th scope="col">Giới tính</th>
                  <th scope="col">Ngày sinh</th>
                  <th scope="col">Chức vụ</th>
                  <th scope="col">Đối tượng</th>
                  <th scope="col">Đơn vị</th>
                </tr>
              </thead>
              <tbody>
                {plan.created.slice(0, LIMIT).map(({ rowNumber, person: p }) => (
                  <tr key={rowNumber}>
                    <td>{rowNumber}</td>
                    <td>{p.fullName}</td>
                    <td>{GENDER_LABELS[p.gender]}</td>
                    <td>{formatDate(p.dateOfBirth)}</td>
                    <td>{p.position}</td>
                    <td>{PERSON_KIND_LABELS[p.kind]}</td>
                    <td>{p.unitName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <More total={plan.created.length} />
        </section>
      )}
    </div>
  );
}
