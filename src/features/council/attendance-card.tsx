// Attendance and quorum of a session, written opinions of absent members, and recusals
// (a member who is a nominee or declares a conflict does not vote on that candidate).
import { ErrorMessage } from '../../ui/error-message';
import { useState } from 'react';
import { setAttendance, setRecusal, setWrittenOpinion } from '../../db/council-repo';
import { ATTENDANCE, ATTENDANCE_LABELS, type Attendance, type CouncilMember, type CouncilSession } from '../../domain/council';
import { sessionQuorums } from '../../domain/award-rules';
import { Checkbox, SelectField } from '../../ui/fields';
import type { CouncilData } from './use-council';

export function AttendanceCard({ data, session }: { data: CouncilData; session: CouncilSession }) {
  const [error, setError] = useState<unknown>(null);
  const [recuser, setRecuser] = useState('');
  const [recusedFor, setRecusedFor] = useState('');
  const rules = data.campaign?.votingRules;
  const present = data.members.filter((m) => session.attendance[m.id] === 'present').length;
  const quorums = rules ? sessionQuorums(rules, data.campaign?.rewards ?? [], data.members.length, present) : [];
  const run = (action: () => Promise<unknown>) => {
    setError(null);
    action().catch((e: unknown) => setError(e));
  };
  const name = (id: string) => data.candidates.find((c) => c.id === id)?.name ?? '';
  const toggleOpinion = (m: CouncilMember, id: string, on: boolean) => {
    const current = new Set(session.writtenOpinions[m.id] ?? []);
    if (on) current.add(id);
    else current.delete(id);
    run(() => setWrittenOpinion(session.id, m, [...current]));
  };

  return (
    <section className="card" aria-labelledby="attendance-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="attendance-title">Điểm danh và túc số</h2>
        <div className="row" style={{ gap: 8 }}>
          {quorums.map(({ label, check }) => (
            <span key={label} className={`badge ${check.met ? 'badge-success' : 'badge-danger'}`} data-testid={label ? 'award-quorum' : 'quorum'}>
              {label ? `${label}: ` : ''}Có mặt {present}/{check.total} · cần {check.required} · {check.met ? 'đủ túc số' : 'chưa đủ túc số'}
            </span>
          ))}
        </div>
      </div>
      <div className="table-wrap">
        <table className="table attendance-table">
          <thead>
            <tr><th>Thành viên</th><th>Điểm danh</th><th>Ý kiến bằng văn bản (đồng ý với)</th></tr>
          </thead>
          <tbody>
            {data.members.map((m) => {
              const value = session.attendance[m.id] ?? 'absent';
              return (
                <tr key={m.id}>
                  <td className="nowrap">{m.fullName}</td>
                  <td>
                    <SelectField label={<span className="visually-hidden">Điểm danh {m.fullName}</span>} value={value} onChange={(e) => run(() => setAttendance(session.id, m, e.target.value as Attendance))}>
                      {ATTENDANCE.map((a) => <option key={a} value={a}>{ATTENDANCE_LABELS[a]}</option>)}
                    </SelectField>
                  </td>
                  <td>
                    {value === 'absent-written' ? (
                      <fieldset className="opinion">
                        <legend className="visually-hidden">Ý kiến của {m.fullName}</legend>
                        {data.candidates.map((c) => (
                          <Checkbox key={c.id} label={c.name} checked={(session.writtenOpinions[m.id] ?? []).includes(c.id)} onChange={(e) => toggleOpinion(m, c.id, e.target.checked)} />
                        ))}
                      </fieldset>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>Không biểu quyết</h3>
      <p className="muted small">Thành viên là người được đề xuất, hoặc tự nêu có xung đột lợi ích, không biểu quyết cho ứng viên đó; cơ sở tính tỷ lệ giảm tương ứng.</p>
      <ul className="recusals">
        {Object.entries(session.recusals).flatMap(([memberId, ids]) =>
          ids.map((id) => {
            const member = data.members.find((m) => m.id === memberId);
            if (!member) return null;
            return (
              <li key={`${memberId}-${id}`}>
                {member.fullName} không biểu quyết cho {name(id)}{' '}
                <button type="button" className="btn btn-ghost btn-sm" onClick={() => run(() => setRecusal(session.id, member, id, false))}>Bỏ</button>
              </li>
            );
          }),
        )}
      </ul>
      <div className="row council-add">
        <SelectField label="Thành viên" value={recuser} onChange={(e) => setRecuser(e.target.value)}>
          <option value="">— Chọn —</option>
          {data.members.map((m) => <option key={m.id} value={m.id}>{m.fullName}</option>)}
        </SelectField>
        <SelectField label="Không biểu quyết cho" value={recusedFor} onChange={(e) => setRecusedFor(e.target.value)}>
          <option value="">— Chọn ứng viên —</option>
          {data.candidates.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </SelectField>
        <button
          type="button"
          className="btn"
          disabled={!recuser || !recusedFor}
          onClick={() => {
            const member = data.members.find((m) => m.id === recuser);
            if (member) run(() => setRecusal(session.id, member, recusedFor, true));
          }}
        >
          Ghi không biểu quyết
        </button>
      </div>
      {error !== null && <ErrorMessage error={error} />}
    </section>
  );
}
