// Cán bộ, công chức: the commune's people, sorted by given name, searched without accents.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Plus, Upload, Users } from 'lucide-react';
import { GENDER_LABELS, PERSON_KIND_LABELS, PERSON_KINDS, type PersonKind } from '../../domain/register';
import { removeOrArchivePerson } from '../../db/register-repo';
import { matchesSearch } from '../../lib/vi-text';
import { formatDate } from '../../lib/vi-date';
import { Page } from '../../ui/page';
import { EmptyState } from '../../ui/empty-state';
import { SelectField, TextField, Checkbox } from '../../ui/fields';
import { RegisterTabs } from './register-tabs';
import { ExportButtons } from './export-buttons';
import { RemoveButton } from './remove-button';
import { usePeople, useUnits } from './use-register';

const SHOWN = 500;

export function PeoplePage() {
  const people = usePeople();
  const units = useUnits();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<PersonKind | ''>('');
  const [unitId, setUnitId] = useState('');
  const [showAll, setShowAll] = useState(false);
  const unitName = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.name])), [units]);
  const visible = useMemo(
    () =>
      (people ?? []).filter(
        (p) =>
          (showAll || (p.active && !p.archived)) &&
          (!kind || p.kind === kind) &&
          (!unitId || p.unitId === unitId) &&
          matchesSearch(`${p.fullName} ${p.position} ${unitName.get(p.unitId ?? '') ?? ''}`, query),
      ),
    [people, showAll, kind, unitId, query, unitName],
  );

  return (
    <Page
      title="Đơn vị & cán bộ"
      lead="Danh sách cán bộ, công chức và người hoạt động không chuyên trách của xã, dùng lại cho mọi phong trào."
      actions={
        <>
          <Link className="btn btn-primary" to="/register/people/new">
            <Plus size={18} aria-hidden="true" /> Thêm cán bộ
          </Link>
          <Link className="btn" to="/register/import">
            <Upload size={18} aria-hidden="true" /> Nhập từ Excel
          </Link>
          <ExportButtons />
        </>
      }
      help={
        <>
          <strong>Trang này để làm gì?</strong> Giữ danh sách người một lần, dùng cho mọi phong trào. Tìm kiếm không cần gõ dấu
          (“nguyen van an” tìm được “Nguyễn Văn An”). Danh sách xếp theo tên (chữ cuối), như thói quen Việt Nam. Tiếp theo: mở một
          phong trào, vào thẻ <em>Đối tượng</em> để đăng ký người tham gia.
        </>
      }
    >
      <RegisterTabs />
      <div className="card">
        <div className="form-grid" style={{ gridTemplateColumns: '2fr 1fr 1fr', alignItems: 'end' }}>
          <TextField label="Tìm theo tên, chức vụ, đơn vị" type="search" placeholder="Gõ có dấu hoặc không dấu" value={query} onChange={(e) => setQuery(e.target.value)} />
          <SelectField label="Đối tượng" value={kind} onChange={(e) => setKind(e.target.value as PersonKind | '')}>
            <option value="">Tất cả</option>
            {PERSON_KINDS.map((k) => (
              <option key={k} value={k}>
                {PERSON_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
          <SelectField label="Đơn vị" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            <option value="">Tất cả</option>
            {(units ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="row" style={{ marginTop: 12, justifyContent: 'space-between' }}>
          <Checkbox label="Hiện cả người đã nghỉ hoặc đã lưu trữ" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
          <span className="muted small" aria-live="polite">
            {people ? `${visible.length} / ${people.length} người` : 'Đang tải…'}
          </span>
        </div>
      </div>
      {people && people.length === 0 ? (
        <EmptyState icon={Users} title="Chưa có ai trong danh sách" action={<Link className="btn btn-primary" to="/register/import">Nhập từ Excel</Link>}>
          Thêm từng người, hoặc nhập cả danh sách từ tệp Excel đang có.
        </EmptyState>
      ) : (
        <div className="table-wrap" style={{ marginTop: 16 }}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col" style={{ whiteSpace: 'nowrap' }}>Họ và tên</th>
                <th scope="col" style={{ whiteSpace: 'nowrap' }}>Giới tính</th>
                <th scope="col" style={{ whiteSpace: 'nowrap' }}>Ngày sinh</th>
                <th scope="col" style={{ whiteSpace: 'nowrap' }}>Chức vụ</th>
                <th scope="col" style={{ whiteSpace: 'nowrap' }}>Đối tượng</th>
                <th scope="col" style={{ whiteSpace: 'nowrap' }}>Đơn vị</th>
                <th scope="col" style={{ whiteSpace: 'nowrap' }}><span className="visually-hidden">Thao tác</span></th>
              </tr>
            </thead>
            <tbody>
              {visible.slice(0, SHOWN).map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/register/people/${p.id}`}>{p.fullName}</Link>
                    {p.archived && <span className="badge" style={{ marginLeft: 6 }}>Đã lưu trữ</span>}
                    {!p.active && <span className="badge badge-warning" style={{ marginLeft: 6 }}>Đã nghỉ</span>}
                  </td>
                  <td>{GENDER_LABELS[p.gender]}</td>
                  <td>{formatDate(p.dateOfBirth)}</td>
                  <td>{p.position}</td>
                  <td>{PERSON_KIND_LABELS[p.kind]}</td>
                  <td>{unitName.get(p.unitId ?? '') ?? ''}</td>
                  <td className="num">{!p.archived && <RemoveButton name={p.fullName} remove={() => removeOrArchivePerson(p.id, p.rev)} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {visible.length > SHOWN && <p className="muted small" style={{ padding: 12 }}>Đang hiện {SHOWN} người đầu tiên; hãy tìm kiếm hoặc lọc để thu hẹp.</p>}
        </div>
      )}
    </Page>
  );
}

export { PeoplePage as Component };
