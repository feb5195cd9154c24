// Recording one campaign gate: its value (yes/no, or the rank obtained and the score) and the
// document that proves it (the higher level's Giấy khen decision; the CCHC ranking notice).
import { useState } from 'react';
import type { Gate } from '../../domain/campaign';
import { evaluateGate } from '../../domain/gates';
import { saveGate } from '../../db/evidence-repo';
import { DateField, TextField } from '../../ui/fields';
import { Alert } from '../../ui/alert';
import { useToast } from '../../ui/toast';
import { errorText } from '../../ui/error-text';

const TONE = { pass: 'badge-success', fail: 'badge-danger', unknown: 'badge-warning' } as const;

export function GateForm({ campaignId, campaignRev, gate, number, readOnly }: { campaignId: string; campaignRev: number; gate: Gate; number: number; readOnly?: boolean }) {
  const [value, setValue] = useState(gate.value === undefined ? '' : String(gate.value));
  const [score, setScore] = useState(gate.score === undefined ? '' : String(gate.score).replace('.', ','));
  const [proof, setProof] = useState(gate.proof);
  const [failure, setFailure] = useState<string | null>(null);
  const toast = useToast();
  const result = evaluateGate(gate);
  const isRank = gate.kind === 'rank-at-most';
  const prefix = `gate-${number}`;

  async function save() {
    setFailure(null);
    let next: Gate['value'];
    if (value === '') next = undefined;
    else if (!isRank) next = value === 'true';
    else {
      next = Number(value);
      if (!Number.isInteger(next) || next < 1) return setFailure('Xếp hạng phải là số nguyên từ 1 trở lên (ví dụ 2). Để trống nếu chưa có kết quả.');
    }
    const scoreNumber = score.trim() === '' ? undefined : Number(score.replace(',', '.'));
    if (scoreNumber !== undefined && !Number.isFinite(scoreNumber)) return setFailure('Điểm CCHC phải là số, ví dụ 91,5.');
    try {
      await saveGate(campaignId, campaignRev, { ...gate, value: next, score: scoreNumber, proof });
      toast.show(`Đã lưu điều kiện ${number}`);
    } catch (error) {
      setFailure(errorText(error));
    }
  }

  return (
    <section className="card" aria-labelledby={`${prefix}-h`}>
      <div className="criterion-head">
        <h2 id={`${prefix}-h`} style={{ fontSize: 'var(--t-lg)' }}>
          Điều kiện {number}
        </h2>
        <span className={`badge ${TONE[result.status]}`}>{result.status === 'pass' ? 'Đạt' : result.status === 'fail' ? 'Không đạt' : 'Chưa rõ'}</span>
      </div>
      <p className="criterion-text" style={{ marginBottom: 12 }}>
        {gate.text}
      </p>
      <div className="form-grid" style={{ gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', alignItems: 'start' }}>
        {isRank ? (
          <>
            <TextField label="Xếp hạng đạt được" hint={`Đạt khi từ hạng 1 đến hạng ${gate.maxRank ?? 1}; để trống nếu chưa có`} inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value.trim())} />
            <TextField label="Điểm CCHC" hint="Ví dụ: 91,5" inputMode="decimal" value={score} onChange={(e) => setScore(e.target.value)} />
          </>
        ) : (
          <fieldset className="span-2" style={{ gridColumn: 'span 2' }}>
            <legend>Kết quả</legend>
            <div className="row">
              {[
                ['true', 'Đã đạt'],
                ['false', 'Không đạt'],
                ['', 'Chưa rõ'],
              ].map(([v, label]) => (
                <label key={v} className="checkbox">
                  <input type="radio" name={`${prefix}-value`} checked={value === v} onChange={() => setValue(v ?? '')} />
                  <span>{label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <TextField label="Số văn bản làm căn cứ" hint={isRank ? 'Văn bản công bố kết quả, ví dụ 45/TB-PNV' : 'Quyết định tặng Giấy khen, ví dụ 3150/QĐ-UBND'} value={proof.documentNumber} onChange={(e) => setProof({ ...proof, documentNumber: e.target.value })} />
        <DateField label="Ngày văn bản" value={proof.documentDate} onChange={(d) => setProof({ ...proof, documentDate: d })} />
        <TextField fieldClassName="span-2" label="Cơ quan ban hành" value={proof.issuer} onChange={(e) => setProof({ ...proof, issuer: e.target.value })} />
        <TextField fieldClassName="span-2" label="Ghi chú" value={proof.note} onChange={(e) => setProof({ ...proof, note: e.target.value })} />
      </div>
      {failure && (
        <div style={{ marginTop: 12 }}>
          <Alert tone="danger" title="Chưa lưu được">
            {failure}
          </Alert>
        </div>
      )}
      <div className="row" style={{ justifyContent: 'space-between', marginTop: 12 }}>
        <span className="small muted">{result.reason}</span>
        <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={readOnly}>
          Lưu điều kiện {number}
        </button>
      </div>
    </section>
  );
}
