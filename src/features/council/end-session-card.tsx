// The end of the session: its closing time (HH:MM, correctable), recorded once every round of
// the session is closed or published; the biên bản họp prints it.
import { useState } from 'react';
import { CalendarCheck } from 'lucide-react';
import { endSession } from '../../db/council-repo';
import type { CouncilSession, VotingRound } from '../../domain/council';
import { Alert } from '../../ui/alert';
import { errorText } from '../../ui/error-text';
import { TextField } from '../../ui/fields';
import { useToast } from '../../ui/toast';

const now = () => {
  const d = new Date();
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

export function EndSessionCard({ session, rounds }: { session: CouncilSession; rounds: VotingRound[] }) {
  const [time, setTime] = useState(() => session.endTime || now());
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const pending = rounds.filter((r) => r.status === 'prepared' || r.status === 'open');
  const ended = !!session.endTime;

  async function save() {
    setError(null);
    try {
      await endSession(session.id, time);
      setEditing(false);
      toast.show(ended ? 'Đã sửa giờ kết thúc phiên họp' : 'Đã ghi kết thúc phiên họp');
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <section className="card" aria-labelledby="end-title">
      <h2 id="end-title">Kết thúc phiên họp</h2>
      {ended && !editing ? (
        <div className="row">
          <p style={{ margin: 0 }} data-testid="session-ended">
            Phiên họp đã kết thúc lúc <strong>{session.endTime}</strong>. Giờ này được ghi vào biên bản họp.
          </p>
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => { setTime(session.endTime); setEditing(true); }}>Sửa giờ kết thúc</button>
        </div>
      ) : (
        <>
          {pending.length > 0 ? (
            <p className="muted small">Còn vòng {pending.map((r) => r.number).join(', ')} chưa kết thúc. Kết thúc phiên họp khi mọi vòng bỏ phiếu đã kết thúc hoặc đã công bố (vòng chưa mở thì xoá đi).</p>
          ) : (
            <p className="muted small">Ghi giờ kết thúc vào biên bản họp. Sửa lại được nếu ghi nhầm.</p>
          )}
          <div className="row council-add">
            <TextField label="Giờ kết thúc" hint="Giờ:phút, ví dụ 10:45" inputMode="numeric" value={time} onChange={(e) => setTime(e.target.value)} />
            <button type="button" className="btn btn-primary" disabled={pending.length > 0} onClick={() => void save()}>
              <CalendarCheck size={18} aria-hidden="true" /> {ended ? 'Lưu giờ kết thúc' : 'Kết thúc phiên họp'}
            </button>
            {editing && <button type="button" className="btn btn-ghost" onClick={() => setEditing(false)}>Huỷ</button>}
          </div>
        </>
      )}
      {error && <Alert tone="danger">{error}</Alert>}
    </section>
  );
}
