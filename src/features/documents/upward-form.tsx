// "Đề nghị cấp trên": which of those the commune rewarded it proposes to the higher level, and for
// which award; the tờ trình's number and date; and the whole dossier as one .zip to send.
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { saveCampaignDocuments } from '../../db/campaign-documents-repo';
import { upwardOf } from '../../domain/campaign-documents';
import { higherAwardsOn, upwardHistoryCheck } from '../../domain/upward';
import type { AwardSubject } from '../../domain/award-history';
import { formatDate } from '../../lib/vi-date';
import { Alert } from '../../ui/alert';
import { DateField, TextField } from '../../ui/fields';
import { errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast';
import { useFollowRecord } from '../../ui/use-follow-record';
import { useUnsavedGuard } from '../../ui/unsaved-changes';
import { ClashNotice } from '../../ui/clash-notice';
import { isChosen, nameOf, rewardOf, sortNominations, type DocumentData } from './models/document-data';
import { higherBodiesOn } from './models/document-dates';

interface Values {
  number: string;
  date?: string | undefined;
  rows: Record<string, { on: boolean; award: string }>;
}

function stored(data: DocumentData): Values {
  const up = upwardOf(data.campaign.documents);
  const rows: Values['rows'] = {};
  for (const n of data.nominations.filter(isChosen)) {
    const item = up.items.find((i) => i.nominationId === n.id);
    rows[n.id] = { on: !!item, award: item?.award ?? '' };
  }
  return { number: up.number, date: up.date, rows };
}

export function UpwardForm({ data }: { data: DocumentData }) {
  const form = useForm<Values>({ defaultValues: stored(data) });
  const clashes = useFollowRecord(form, stored(data), data.campaign.rev);
  useUnsavedGuard(form.formState.isDirty);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const chosen = sortNominations(data, data.nominations.filter(isChosen));
  const date = useWatch({ control: form.control, name: 'date' }) || data.decision?.date;
  const suggestions = higherAwardsOn(date);
  const higher = higherBodiesOn(data, date)[0];
  const listId = 'upward-award-suggestions';
  const rows = useWatch({ control: form.control, name: 'rows' });

  const save = async (v: Values) => {
    setError(null);
    const missingAward = chosen.find((n) => v.rows[n.id]?.on && !v.rows[n.id]?.award.trim());
    if (missingAward) {
      setError(`Hãy ghi hình thức đề nghị cho ${nameOf(data, missingAward.id)} (chọn trong danh sách gợi ý hoặc tự gõ), hoặc bỏ đánh dấu.`);
      return;
    }
    const items = chosen.filter((n) => v.rows[n.id]?.on).map((n) => ({ nominationId: n.id, award: (v.rows[n.id]?.award ?? '').trim() }));
    try {
      await saveCampaignDocuments(data.campaign, (d) => ({ ...d, upward: { ...upwardOf(d), number: v.number, date: v.date || undefined, items } }));
      form.reset(v);
      toast.show(items.length ? `Đã lưu đề nghị cấp trên (${items.length} tập thể, cá nhân)` : 'Đã lưu: không đề nghị ai');
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (chosen.length === 0) {
    return <Alert tone="info">Chỉ đề nghị cấp trên cho những tập thể, cá nhân đã được Hội đồng xã chọn. Khi có kết quả bỏ phiếu, danh sách sẽ hiện ở đây.</Alert>;
  }
  return (
    <form className="card stack" onSubmit={(e) => void form.handleSubmit(save)(e)} aria-label="Đề nghị cấp trên">
      <ClashNotice fields={clashes} labels={{ number: 'Số tờ trình', date: 'Ngày tờ trình' }} saveLabel="Lưu đề nghị cấp trên" />
      <div className="form-grid">
        <TextField label="Số tờ trình" hint="Ví dụ 15/TTr-UBND; để trống nếu chưa có số" {...form.register('number')} />
        <Controller
          control={form.control}
          name="date"
          render={({ field }) => (
            <DateField
              label="Ngày tờ trình"
              hint={data.decision?.date ? `Để trống: ${formatDate(data.decision.date)} (ngày ký quyết định khen thưởng của xã).` : 'Cơ quan nhận và căn cứ pháp lý chọn theo ngày này.'}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
      </div>
      <p className="muted small" style={{ margin: 0 }}>
        {higher ? <>Gửi: <strong>{higher}</strong> (cơ quan cấp trên áp dụng tại ngày tờ trình, theo Cài đặt).</> : 'Nhập ngày tờ trình để biết cơ quan cấp trên nhận hồ sơ.'}
      </p>
      <datalist id={listId}>
        {suggestions.map((s) => <option key={s} value={s} />)}
      </datalist>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr><th>Đề nghị</th><th>Tập thể, cá nhân</th><th>Xã đã khen thưởng</th><th>Hình thức đề nghị cấp trên</th></tr>
          </thead>
          <tbody>
            {chosen.map((n) => {
              const name = nameOf(data, n.id);
              return (
                <tr key={n.id}>
                  <td><input type="checkbox" aria-label={`Đề nghị cấp trên: ${name}`} {...form.register(`rows.${n.id}.on`)} /></td>
                  <td>{name}</td>
                  <td>{rewardOf(data, n.rewardId)?.form ?? ''}</td>
                  <td>
                    <input className="input" style={{ width: '100%', minWidth: 340 }} list={listId} aria-label={`Hình thức đề nghị cho ${name}`} placeholder="Chọn hoặc gõ hình thức" {...form.register(`rows.${n.id}.award`)} />
                    <HistoryNote data={data} nominationId={n.id} name={name} award={rows?.[n.id]?.award ?? ''} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {error && <Alert tone="danger">{error}</Alert>}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary">Lưu đề nghị cấp trên</button>
      </div>
    </form>
  );
}

/** The ledger's say on a proposed award (e.g. CSTĐ cấp tỉnh: 3 years of CSTĐ cơ sở), in words; nothing when the award asks none. */
function HistoryNote({ data, nominationId, name, award }: { data: DocumentData; nominationId: string; name: string; award: string }) {
  const n = data.nominations.find((x) => x.id === nominationId);
  const p = n && data.participants.find((x) => x.id === n.participantId);
  const subject: AwardSubject | undefined = p?.personId ? { kind: 'person', personId: p.personId } : p?.unitId ? { kind: 'unit', unitId: p.unitId } : undefined;
  const check = award && subject ? upwardHistoryCheck(award, data.awards ?? [], subject, data.campaign.year) : null;
  if (!check) return null;
  return (
    <p className="small" role="note" aria-label={`Kiểm tra sổ thi đua: ${name}`} style={{ margin: '6px 0 0', color: check.ok ? 'var(--c-success-text, #134a28)' : 'var(--c-warning-text, #8a5a00)' }}>
      {check.explanation}
    </p>
  );
}
