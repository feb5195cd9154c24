// The award decision's own data (number, signing date, signer). Saving recomputes the
// awardees and amounts from the nominations the council selected.
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { saveDecision } from '../../db/decision-repo';
import { computeRewards, roundingWords } from '../../domain/money';
import { signatureHeading } from '../../domain/document-format';
import { moneyInWords } from '../../domain/number-words';
import type { Signature } from '../../domain/settings';
import { formatMoney } from '../../lib/vi-money';
import { Alert } from '../../ui/alert';
import { DateField, SelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/toast';
import { useFormDraft } from '../../ui/use-form-draft';
import { DraftBanner } from '../../ui/draft-banner';
import { useFollowRecord } from '../../ui/use-follow-record';
import { ClashNotice } from '../../ui/clash-notice';
import { ErrorMessage } from '../../ui/error-message';
import { isChosen, rewardOf, type DocumentData } from './models/document-data';

const sigKey = (s: Signature) => `${s.prefix}|${s.position}|${s.signerName}`;

interface DecisionValues {
  documentNumber: string;
  date?: string | undefined;
  signer: string;
}

export function DecisionForm({ data }: { data: DocumentData }) {
  const dec = data.decision;
  const signers = [data.campaign.signature, ...data.settings.signers].filter((s, i, all) => s.signerName && all.findIndex((x) => sigKey(x) === sigKey(s)) === i);
  const fromRecord: DecisionValues = { documentNumber: dec?.documentNumber ?? '', date: dec?.date, signer: sigKey(dec?.signature ?? data.campaign.signature) };
  const form = useForm<DecisionValues>({ defaultValues: fromRecord });
  // Another tab's save of the decision must not wipe what is typed here.
  const clashes = useFollowRecord(form, fromRecord, dec?.rev ?? 0);
  const draft = useFormDraft(`decision:${data.campaign.id}`, form);
  const date = useWatch({ control: form.control, name: 'date' });
  const [error, setError] = useState<unknown>(null);
  const toast = useToast();
  const chosen = data.nominations.filter(isChosen);
  const preview = computeRewards(
    chosen.flatMap((n) => {
      const r = rewardOf(data, n.rewardId);
      return r ? [{ nominationId: n.id, rewardId: r.id, coefficient: r.coefficient }] : [];
    }),
    date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
    data.settings.baseSalaries,
    data.campaign.moneyRules,
  );

  // The council's choice changed after the decision was saved: its list is out of date.
  const outdated = !!dec && chosen.map((n) => n.id).sort().join() !== dec.awardees.map((a) => a.nominationId).sort().join() && !!dec.date;

  const save = async (values: DecisionValues) => {
    setError(null);
    const signature = signers.find((s) => sigKey(s) === values.signer) ?? data.campaign.signature;
    try {
      await saveDecision(data.campaign.id, { documentNumber: values.documentNumber, date: values.date, signature }, dec?.rev ?? 0);
      draft.saved();
      form.reset(values);
      toast.show('Đã lưu quyết định khen thưởng');
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void form.handleSubmit(save)(e)} aria-labelledby="decision-title">
      <h2 id="decision-title" style={{ margin: 0 }}>Quyết định khen thưởng</h2>
      <p className="muted" style={{ margin: 0 }}>
        Nhập số và ngày ký để lập Quyết định và Giấy khen. Tiền thưởng = hệ số × mức lương cơ sở áp dụng tại ngày ký
        {roundingWords(data.campaign.moneyRules.roundTo) ? `, làm tròn lên ${roundingWords(data.campaign.moneyRules.roundTo) ?? ''}` : ''}.
      </p>
      {draft.pending && <DraftBanner savedAt={draft.pending.savedAt} onRestore={draft.restore} onDiscard={draft.discard} />}
      <ClashNotice fields={clashes} labels={{ documentNumber: 'Số quyết định', date: 'Ngày ký', signer: 'Người ký' }} saveLabel="Lưu quyết định" />
      {outdated && (
        <Alert tone="warning" title="Danh sách được chọn đã thay đổi">
          Kết quả bình xét đã khác với lúc lưu quyết định. Bấm “Lưu quyết định” để cập nhật danh sách và tiền thưởng.
        </Alert>
      )}
      <div className="form-grid">
        <TextField label="Số quyết định" hint="Ví dụ 125/QĐ-UBND; để trống nếu chưa có số" {...form.register('documentNumber')} />
        <Controller control={form.control} name="date" render={({ field }) => <DateField label="Ngày ký" value={field.value} onChange={field.onChange} onBlur={field.onBlur} />} />
        <SelectField label="Người ký" {...form.register('signer')}>
          {signers.map((s) => (
            <option key={sigKey(s)} value={sigKey(s)}>
              {`${signatureHeading(s.prefix, s.position).join(' ')} — ${s.signerName}`}
            </option>
          ))}
        </SelectField>
      </div>
      {chosen.length === 0 ? (
        <Alert tone="warning">Chưa có tập thể, cá nhân nào được Hội đồng chọn: cần đóng ít nhất một vòng bỏ phiếu trước khi lập quyết định.</Alert>
      ) : preview.ok ? (
        <p style={{ margin: 0 }}>
          {chosen.length} tập thể, cá nhân; mức lương cơ sở {formatMoney(preview.baseSalary.amount)}; tổng tiền thưởng <strong>{formatMoney(preview.total)}</strong> ({moneyInWords(preview.total)}).
        </p>
      ) : (
        <p className="muted" style={{ margin: 0 }}>
          {preview.problem === 'no-date' ? 'Nhập ngày ký để tính tiền thưởng.' : 'Chưa có mức lương cơ sở áp dụng cho ngày này: bổ sung ở mục Cài đặt.'}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary">Lưu quyết định</button>
      </div>
    </form>
  );
}
