// Đơn vị: the commune's units (cơ quan, bộ phận, ấp, đoàn thể), with how many people each has.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Building2, Plus } from 'lucide-react';
import { UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from '../../domain/register';
import { removeOrArchiveUnit } from '../../db/register-repo';
import { matchesSearch } from '../../lib/vi-text';
import { Page } from '../../ui/page';
import { EmptyState } from '../../ui/empty-state';
import { Checkbox, SelectField, TextField } from '../../ui/fields';
import { RegisterTabs } from './register-tabs';
import { RemoveButton } from './remove-button';
import { usePeople, useUnits } from './use-register';

export function UnitsPage() {
  const units = useUnits();
  const people = usePeople();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<UnitKind | ''>('');
  const [showArchived, setShowArchived] = useState(false);
  const members = useMemo(() => {
    const count = new Map<string, number>();
    for (const p of people ?? []) if (p.unitId && !p.archived) count.set(p.unitId, (count.get(p.unitId) ?? 0) + 1);
    return count;
  }, [people]);
  const visible = (units ?? []).filter((u) => (showArchived || !u.archived) && (!kind || u.kind === kind) && matchesSearch(`${u.name} ${u.note}`, query));

  return (
    <Page
      title="Đơn vị & cán bộ"
      lead="Các cơ quan, bộ phận, ấp và đoàn thể của xã: đối tượng thi đua tập thể."
      actions={
        <Link className="btn btn-primary" to="/register/units/new">
          <Plus size={18} aria-hidden="true" /> Thêm đơn vị
        </Link>
      }
      help={
        <>
          <strong>Trang này để làm gì?</strong> Khai báo các tập thể có thể tham gia phong trào. Đơn vị đã đăng ký vào một phong trào
          hoặc còn cán bộ sẽ được lưu trữ thay vì xoá hẳn. Khi nhập danh sách cán bộ từ Excel, đơn vị chưa có sẽ được tạo tự động.
        </>
      }
    >
      <RegisterTabs />
      <div className="card">
        <div className="form-grid" style={{ gridTemplateColumns: '2fr 1fr', alignItems: 'end' }}>
          <TextField label="Tìm đơn vị" type="search" placeholder="Gõ có dấu hoặc không dấu" value={query} onChange={(e) => setQuery(e.target.value)} />
          <SelectField label="Loại đơn vị" value={kind} onChange={(e) => setKind(e.target.value as UnitKind | '')}>
            <option value="">Tất cả</option>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {UNIT_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
        </div>
        <div style={{ marginTop: 12 }}>
          <Checkbox label="Hiện cả đơn vị đã lưu trữ" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
        </div>
      </div>
      {units && units.length === 0 ? (
        <EmptyState icon={Building2} title="Chưa có đơn vị nào" action={<Link className="btn btn-primary" to="/register/units/new">Thêm đơn vị</Link>}>
          Thêm từng bộ phận, ấp, đoàn thể; hoặc nhập danh sách cán bộ từ Excel, đơn vị sẽ được tạo theo.
        </EmptyState>
      ) : (
        <div className="table-wrap" style={{ marginTop: 16 }}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col" style={{ whiteSpace: 'nowrap' }}>Tên đơn vị</th>
                <th scope="col" style={{ whiteSpace: 'nowrap' }}>Loại</th>
                <th scope="col" className="num">Số người</th>
                <th scope="col" style={{ whiteSpace: 'nowrap' }}>Ghi chú</th>
                <th scope="col" style={{ whiteSpace: 'nowrap' }}><span className="visually-hidden">Thao tác</span></th>
              </tr>
            </thead>
            <tbody>
              {visible.map((u) => (
                <tr key={u.id}>
                  <td>
                    <Link to={`/register/units/${u.id}`}>{u.name}</Link>
                    {u.archived && <span className="badge" style={{ marginLeft: 6 }}>Đã lưu trữ</span>}
                  </td>
                  <td>{UNIT_KIND_LABELS[u.kind]}</td>
                  <td className="num">{members.get(u.id) ?? 0}</td>
                  <td>{u.note}</td>
                  <td className="num">{!u.archived && <RemoveButton name={u.name} remove={() => removeOrArchiveUnit(u.id, u.rev)} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}

export { UnitsPage as Component };
