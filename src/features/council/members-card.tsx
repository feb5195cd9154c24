// The council's members for this campaign: add, remove, or copy last year's council.
import { ErrorMessage } from '../../ui/error-message';
import { useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Copy, Trash2, UserPlus } from 'lucide-react';
import { db } from '../../db/database';
import { copyMembers, membersRepo } from '../../db/council-repo';
import { COUNCIL_ROLES, COUNCIL_ROLE_LABELS, type CouncilMember, type CouncilRole } from '../../domain/council';
import { SelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/toast';

export function MembersCard({ campaignId, members }: { campaignId: string; members: CouncilMember[] }) {
  const [fullName, setFullName] = useState('');
  const [position, setPosition] = useState('');
  const [role, setRole] = useState<CouncilRole>('uy-vien');
  const [source, setSource] = useState('');
  const [error, setError] = useState<unknown>(null);
  // Open while the council is empty, and stays as the officer leaves it: adding the second
  // member must not fold the form away.
  const [editing, setEditing] = useState(members.length === 0);
  const nameRef = useRef<HTMLInputElement>(null);
  const toast = useToast();
  const others = useLiveQuery(async () => {
    const campaigns = (await db().campaigns.toArray()).filter((c) => !c.deletedAt && c.id !== campaignId);
    return campaigns.map((c) => ({ id: c.id, name: `${c.shortName} (${c.year})` }));
  }, [campaignId]);

  async function run(action: () => Promise<unknown>, done: string) {
    setError(null);
    try {
      await action();
      toast.show(done);
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  }

  async function add(e: FormEvent) {
    e.preventDefault();
    const order = members.reduce((max, m) => Math.max(max, m.order), 0) + 1;
    if (await run(() => membersRepo.create({ campaignId, fullName, position, role, order }), `Đã thêm ${fullName}`)) {
      setFullName('');
      setPosition('');
      setRole('uy-vien');
      nameRef.current?.focus();
    }
  }

  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title">Thành viên Hội đồng ({members.length})</h2>
      {members.length > 0 && (
        <p className="muted small members-line">{members.map((m) => `${m.fullName} (${COUNCIL_ROLE_LABELS[m.role]})`).join(' · ')}</p>
      )}
      <details open={editing} onToggle={(e) => setEditing(e.currentTarget.open)}>
        <summary>Sửa danh sách thành viên</summary>
        {members.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Vai trò trong Hội đồng</th><th><span className="visually-hidden">Thao tác</span></th></tr>
              </thead>
              <tbody>
                {members.map((m, i) => (
                  <tr key={m.id}>
                    <td>{i + 1}</td>
                    <td>{m.fullName}</td>
                    <td>{m.position}</td>
                    <td>{COUNCIL_ROLE_LABELS[m.role]}</td>
                    <td>
                      <button type="button" className="btn btn-ghost btn-sm" aria-label={`Xoá ${m.fullName} khỏi Hội đồng`} onClick={() => void run(() => membersRepo.remove(m.id, m.rev), `Đã xoá ${m.fullName}`)}>
                        <Trash2 size={16} aria-hidden="true" />
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">Chưa có thành viên. Thêm từng người bên dưới, hoặc sao chép Hội đồng của phong trào năm trước.</p>
        )}
        <form className="row council-add" onSubmit={(e) => void add(e)} aria-label="Thêm thành viên">
          <TextField ref={nameRef} label="Họ và tên" value={fullName} onChange={(e) => setFullName(e.target.value)} required />
          <TextField label="Chức vụ" value={position} onChange={(e) => setPosition(e.target.value)} />
          <SelectField label="Vai trò" value={role} onChange={(e) => setRole(e.target.value as CouncilRole)}>
            {COUNCIL_ROLES.map((r) => <option key={r} value={r}>{COUNCIL_ROLE_LABELS[r]}</option>)}
          </SelectField>
          <button type="submit" className="btn btn-primary"><UserPlus size={18} aria-hidden="true" /> Thêm thành viên</button>
        </form>
        {others && others.length > 0 && (
          <div className="row council-add">
            <SelectField label="Sao chép Hội đồng từ phong trào" value={source} onChange={(e) => setSource(e.target.value)}>
              <option value="">— Chọn phong trào —</option>
              {others.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </SelectField>
            <button type="button" className="btn" disabled={!source} onClick={() => void run(async () => toast.show(`Đã sao chép ${await copyMembers(source, campaignId)} thành viên`), 'Xong')}>
              <Copy size={18} aria-hidden="true" /> Sao chép
            </button>
          </div>
        )}
      </details>
      {error !== null && <ErrorMessage error={error} />}
    </section>
  );
}
