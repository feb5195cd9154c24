// Ban kiểm phiếu: the session chooses its head and members among the members present. Each
// choice is saved at once (audited), like attendance; the biên bản kiểm phiếu names them.
import { useState } from 'react';
import { setCountingCommittee, type CountingCommittee } from '../../db/council-repo';
import type { CouncilSession } from '../../domain/council';
import { Alert } from '../../ui/alert';
import { errorText } from '../../ui/error-text';
import { Checkbox, SelectField } from '../../ui/fields';
import type { CouncilData } from './use-council';

export function CountingCommitteeCard({ data, session }: { data: CouncilData; session: CouncilSession }) {
  const [error, setError] = useState<string | null>(null);
  const present = data.members.filter((m) => session.attendance[m.id] === 'present');
  const { headId, memberIds } = session.countingCommittee;
  const save = (next: CountingCommittee) => {
    setError(null);
    setCountingCommittee(session.id, next).catch((e: unknown) => setError(errorText(e)));
  };
  const name = (id: string) => data.members.find((m) => m.id === id)?.fullName;
  // A member who has since left the room (or the council) is shown, so the officer sees why.
  const away = [headId, ...memberIds].filter((id): id is string => !!id && !present.some((m) => m.id === id));

  return (
    <section className="card" aria-labelledby="committee-title">
      <h2 id="committee-title">Ban kiểm phiếu</h2>
      <p className="muted small">
        Chọn trong số thành viên có mặt. Ban kiểm phiếu phát phiếu, kiểm phiếu và ký biên bản kiểm phiếu; biên bản ghi tên Trưởng ban và các thành viên chọn ở đây.
      </p>
      <div className="committee-grid">
        <SelectField label="Trưởng ban kiểm phiếu" value={headId ?? ''} onChange={(e) => save({ headId: e.target.value || undefined, memberIds: memberIds.filter((id) => id !== e.target.value) })}>
          <option value="">— Chưa chọn —</option>
          {present.map((m) => <option key={m.id} value={m.id}>{m.fullName}</option>)}
        </SelectField>
        <fieldset className="opinion">
          <legend>Thành viên Ban kiểm phiếu</legend>
          {present.filter((m) => m.id !== headId).map((m) => (
            <Checkbox
              key={m.id}
              label={m.fullName}
              checked={memberIds.includes(m.id)}
              onChange={(e) => save({ headId, memberIds: e.target.checked ? [...memberIds, m.id] : memberIds.filter((id) => id !== m.id) })}
            />
          ))}
        </fieldset>
      </div>
      <p className="committee-summary" data-testid="committee-summary">
        {headId ? <>Trưởng ban: <strong>{name(headId)}</strong></> : <span className="muted">Chưa chọn Trưởng ban.</span>}
        {memberIds.length > 0 && <> · Thành viên: {memberIds.map(name).join(', ')}</>}
      </p>
      {away.length > 0 && <Alert tone="warning">{away.map(name).join(', ')} không còn có mặt: hãy chọn người khác cho Ban kiểm phiếu.</Alert>}
      {error && <Alert tone="danger">{error}</Alert>}
    </section>
  );
}
