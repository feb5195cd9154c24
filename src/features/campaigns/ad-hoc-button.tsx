// "Khen thưởng đột xuất": asks what was done, on which day, and by whom (a person or a unit of the
// register), then creates the one-off campaign at its evaluation stage and opens that person's
// evidence page, where the proof of the act (biên bản, báo cáo vụ việc) goes.
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { Siren } from 'lucide-react';
import { createAdHocCampaign } from '../../db/ad-hoc-ops';
import { db } from '../../db/database';
import { loadSettings } from '../../db/settings-repo';
import { compareText, compareVietnameseNames } from '../../lib/vi-text';
import { cleanLine } from '../../lib/vi-text';
import { isIsoDate } from '../../lib/vi-date';
import { Dialog } from '../../ui/dialog';
import { DateField, SelectField, TextField } from '../../ui/fields';
import { ErrorMessage } from '../../ui/error-message';
import { useToast } from '../../ui/toast';

async function subjects() {
  const [units, people] = await Promise.all([db().units.toArray(), db().people.toArray()]);
  return {
    units: units.filter((u) => !u.deletedAt && !u.archived).sort((a, b) => compareText(a.name, b.name)),
    people: people.filter((p) => !p.deletedAt && !p.archived).sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)),
  };
}

export function AdHocButton({ disabled }: { disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const [achievement, setAchievement] = useState('');
  const [date, setDate] = useState<string | undefined>();
  const [who, setWho] = useState('');
  const [problems, setProblems] = useState<{ achievement?: string; date?: string; who?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const list = useLiveQuery(subjects, []);
  const formId = useId();
  const navigate = useNavigate();
  const toast = useToast();

  async function create() {
    const what = cleanLine(achievement);
    const found = {
      ...(what.length < 5 ? { achievement: 'Ghi ngắn gọn thành tích, ví dụ “dũng cảm cứu người bị đuối nước”' } : {}),
      ...(!date || !isIsoDate(date) ? { date: 'Nhập ngày xảy ra theo dạng ngày/tháng/năm, ví dụ 12/03/2026' } : {}),
      ...(!who ? { who: 'Chọn người hoặc tập thể được khen thưởng' } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length || !date) return;
    setBusy(true);
    setError(null);
    try {
      const s = await loadSettings();
      const [kind, id = ''] = who.split(':');
      const campaign = await createAdHocCampaign(
        { achievement: what, date, organisationName: s?.organisationName ?? '', place: s?.placeName ?? '', signature: s?.signers[0] },
        [kind === 'unit' ? { unitId: id } : { personId: id }],
      );
      const participant = (await db().participants.where('campaignId').equals(campaign.id).toArray())[0];
      toast.show('Đã lập khen thưởng đột xuất: hãy ghi minh chứng rồi lập đề xuất');
      setOpen(false);
      await navigate(participant ? `/campaigns/${campaign.id}/evidence/${participant.id}` : `/campaigns/${campaign.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} disabled={disabled}>
        <Siren size={18} aria-hidden="true" /> Khen thưởng đột xuất
      </button>
      <Dialog
        open={open}
        title="Khen thưởng đột xuất"
        onClose={() => setOpen(false)}
        actions={
          <>
            <button type="button" className="btn" onClick={() => setOpen(false)}>
              Huỷ
            </button>
            <button type="submit" form={formId} className="btn btn-primary" disabled={busy}>
              Lập khen thưởng đột xuất
            </button>
          </>
        }
      >
        <form
          id={formId}
          className="stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <p style={{ margin: 0 }}>
            Cho một việc làm, thành tích xảy ra vào một ngày (cứu người, phòng chống thiên tai, bắt giữ tội phạm…), không theo phong trào. Sau khi lập:
            ghi minh chứng, lập đề xuất, Hội đồng biểu quyết, Chủ tịch ký quyết định — như mọi phong trào.
          </p>
          <TextField label="Thành tích đột xuất" hint="Ghi như sẽ in trong quyết định, ví dụ: dũng cảm cứu người bị đuối nước" value={achievement} error={problems.achievement} onChange={(e) => { setAchievement(e.target.value); setProblems(({ achievement: _, ...rest }) => rest); }} autoFocus />
          <DateField label="Ngày xảy ra" value={date} error={problems.date} onChange={(v) => { setDate(v); setProblems(({ date: _, ...rest }) => rest); }} />
          <SelectField label="Người hoặc tập thể được khen thưởng" value={who} error={problems.who} onChange={(e) => { setWho(e.target.value); setProblems(({ who: _, ...rest }) => rest); }}>
            <option value="">— Chọn —</option>
            <optgroup label="Cá nhân">
              {list?.people.map((p) => <option key={p.id} value={`person:${p.id}`}>{p.fullName}</option>)}
            </optgroup>
            <optgroup label="Tập thể">
              {list?.units.map((u) => <option key={u.id} value={`unit:${u.id}`}>{u.name}</option>)}
            </optgroup>
          </SelectField>
          {list && list.people.length + list.units.length === 0 && <p className="muted small" style={{ margin: 0 }}>Danh sách đơn vị, cán bộ đang trống: hãy thêm người, đơn vị ở mục “Đơn vị &amp; cán bộ” trước.</p>}
          {error !== null && <ErrorMessage error={error} />}
        </form>
      </Dialog>
    </>
  );
}
