// The award decision's own data (number, signing date, signer). Saving recomputes the
// awardees and amounts from the nominations the council selected.
import { useState } from 'react';
import { saveDecision } from '../../db/decision-repo';
import { computeRewards } from '../../domain/money';
import { signatureHeading } from '../../domain/document-format';
import { moneyInWords } from '../../domain/number-words';
import type { Signature } from '../../domain/settings';
import { formatMoney } from '../../lib/vi-money';
import { Alert } from '../../ui/alert';
import { DateField, SelectField, TextField } from '../../ui/fields';
import { errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast';
import { isChosen, rewardOf, type DocumentData } from './models/document-data';

const sigKey = (s: Signature) => `${s.prefix}|${s.position}|${s.signerName}`;

export function DecisionForm({ data }: { data: DocumentData }) {
  const dec = data.decision;
  const signers = [data.campaign.signature, ...data.settings.signers].filter((s, i, all) => s.signerName && all.findIndex((x) => sigKey(x) === sigKey(s)) === i);
  const [number, setNumber] = useState(dec?.documentNumber ?? '');
  const [date, setDate] = useState<string | undefined>(dec?.date);
  const [signer, setSigner] = useState(sigKey(dec?.signature ?? data.campaign.signature));
  const [error, setError] = useState<string | null>(null);
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

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    const signature = signers.find((s) => sigKey(s) === signer) ?? data.campaign.signature;
    try {
      await saveDecision(data.campaign.id, { documentNumber: number, date, signature }, dec?.rev ?? 0);
      toast.show('Đã lưu quyết định khen thưởng');
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void save(e)} aria-labelledby="decision-title">
      <h2 id="decision-title" style={{ margin: 0 }}>Quyết định khen thưởng</h2>
      <p className="muted" style={{ margin: 0 }}>
        Nhập số và ngày ký để lập Quyết định và Giấy khen. Tiền thưởng = hệ số × mức lương cơ sở áp dụng tại ngày ký, làm tròn lên hàng chục nghìn đồng.
      </p>
      <div className="form-grid">
        <TextField label="Số quyết định" hint="Ví dụ 125/QĐ-UBND; để trống nếu chưa có số" value={number} onChange={(e) => setNumber(e.target.value)} />
        <DateField label="Ngày ký" value={date} onChange={setDate} />
        <SelectField label="Người ký" value={signer} onChange={(e) => setSigner(e.target.value)}>
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
      {error && <Alert tone="danger">{error}</Alert>}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary">Lưu quyết định</button>
      </div>
    </form>
  );
}
