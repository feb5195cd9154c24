// Recording a correction of a ledger entry: the reason, then either the corrected values or
// the entry annulled. A new entry is written; the old one stays, shown as corrected.
import { useState } from 'react';
import type { AwardEntry } from '../../domain/award-history';
import { decisionText } from '../../domain/award-history-view';
import { recordCorrection } from '../../db/award-history-repo';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { Checkbox, DateField, TextAreaField, TextField } from '../../ui/fields';
import { errorText } from '../../ui/error-text';
import { formatMoney } from '../../lib/vi-money';

function digits(text: string): number | undefined {
  const clean = text.replace(/[.\s,đ]/g, '');
  return /^\d+$/.test(clean) ? Number(clean) : undefined;
}

export function CorrectionDialog({ entry, onClose, onDone }: { entry: AwardEntry; onClose: () => void; onDone: (corrected: AwardEntry) => void }) {
  const [reason, setReason] = useState('');
  const [annul, setAnnul] = useState(false);
  const [title, setTitle] = useState(entry.title);
  const [year, setYear] = useState(String(entry.year));
  const [decisionNumber, setDecisionNumber] = useState(entry.decisionNumber);
  const [decisionDate, setDecisionDate] = useState<string | undefined>(entry.decisionDate);
  const [giver, setGiver] = useState(entry.giver);
  const [amount, setAmount] = useState(String(entry.amount));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (!reason.trim()) return setError('Hãy ghi lý do điều chỉnh (ví dụ: ghi sai số tiền so với quyết định).');
    const money = digits(amount);
    if (!annul && money === undefined) return setError('Số tiền phải là số đồng, ví dụ 1.410.000.');
    const y = Number(year);
    if (!annul && !Number.isInteger(y)) return setError('Năm phải là số, ví dụ 2024.');
    setBusy(true);
    setError(null);
    try {
      const values = { title, year: y, decisionNumber, decisionDate, giver, amount: money ?? entry.amount };
      onDone(await recordCorrection(entry.id, { reason, annul, values }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open
      wide
      title={`Điều chỉnh khen thưởng: ${entry.subjectName}`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>Huỷ</button>
          <button type="button" className={annul ? 'btn btn-danger' : 'btn btn-primary'} disabled={busy} onClick={() => void submit()}>
            {annul ? 'Ghi nhận huỷ' : 'Ghi điều chỉnh'}
          </button>
        </>
      }
    >
      <div className="stack">
        <p className="muted small" style={{ margin: 0 }}>
          Đang ghi: “{entry.title}” năm {entry.year}, {decisionText(entry) || 'chưa rõ quyết định'}, {formatMoney(entry.amount)}. Dòng này được giữ nguyên
          trong sổ và đánh dấu “Đã điều chỉnh”; nội dung đúng được ghi thành một dòng mới trỏ về dòng này.
        </p>
        <TextAreaField label="Lý do điều chỉnh" value={reason} onChange={(e) => {
            setReason(e.target.value);
            setError(null);
          }} rows={2} />
        <Checkbox label="Huỷ khen thưởng này (ghi nhầm, hoặc quyết định đã bị thu hồi)" checked={annul} onChange={(e) => setAnnul(e.target.checked)} />
        {!annul && (
          <div className="form-grid">
            <TextField label="Hình thức khen thưởng, danh hiệu" value={title} onChange={(e) => setTitle(e.target.value)} fieldClassName="span-2" />
            <TextField label="Năm" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
            <TextField label="Số quyết định" value={decisionNumber} onChange={(e) => setDecisionNumber(e.target.value)} />
            <DateField label="Ngày quyết định" value={decisionDate} onChange={setDecisionDate} />
            <TextField label="Số tiền (đồng)" inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} />
            <TextField label="Cấp khen" value={giver} onChange={(e) => setGiver(e.target.value)} fieldClassName="span-2" />
          </div>
        )}
        {error && <Alert tone="danger">{error}</Alert>}
      </div>
    </Dialog>
  );
}
