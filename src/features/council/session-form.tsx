// A new council session: date, time and place (the chair and secretary come from the members).
import { ErrorMessage } from '../../ui/error-message';
import { useState, type FormEvent } from 'react';
import { CalendarPlus } from 'lucide-react';
import { sessionsRepo } from '../../db/council-repo';
import type { CouncilMember } from '../../domain/council';
import { todayIso } from '../../lib/vi-date';
import { DateField, TextField } from '../../ui/fields';

export function SessionForm({ campaignId, members, onCreated }: { campaignId: string; members: CouncilMember[]; onCreated: (id: string) => void }) {
  const [date, setDate] = useState<string | undefined>(todayIso());
  const [startTime, setStartTime] = useState('08:00');
  const [place, setPlace] = useState('Hội trường Ủy ban nhân dân xã');
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const session = await sessionsRepo.create({
        campaignId,
        date,
        startTime,
        place,
        chairId: members.find((m) => m.role === 'chu-tich')?.id,
        secretaryId: members.find((m) => m.role === 'thu-ky')?.id,
        agenda: ['Bình xét, biểu quyết đề nghị khen thưởng'],
        attendance: Object.fromEntries(members.map((m) => [m.id, 'present'])),
      });
      onCreated(session.id);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <form className="row council-add" onSubmit={(e) => void submit(e)} aria-label="Tạo phiên họp">
      <DateField label="Ngày họp" value={date} onChange={setDate} />
      <TextField label="Giờ bắt đầu" value={startTime} onChange={(e) => setStartTime(e.target.value)} />
      <TextField label="Địa điểm" value={place} onChange={(e) => setPlace(e.target.value)} fieldClassName="grow" />
      <button type="submit" className="btn btn-primary"><CalendarPlus size={18} aria-hidden="true" /> Tạo phiên họp</button>
      {error !== null && <ErrorMessage error={error} />}
    </form>
  );
}
