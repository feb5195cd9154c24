// The officer's appraisal of one criterion: đạt / chưa đạt / không đạt with a note; who and
// when are stamped by the repository and shown; every change goes to the audit trail.
import { useState } from 'react';
import { APPRAISAL_LABELS, APPRAISAL_RESULTS, type Appraisal, type AppraisalResult } from '../../domain/evidence';
import { saveAppraisal } from '../../db/evidence-repo';
import { formatDateTime } from '../../lib/vi-date';
import { useToast } from '../../ui/toast';
import { ErrorMessage } from '../../ui/error-message';
import { AppraisalHistory } from './appraisal-history';

interface Props {
  owner: { campaignId: string; participantId: string; criterionId: string };
  number: number;
  current: Appraisal | undefined;
}

export function AppraisalForm({ owner, number, current }: Props) {
  // Keyed by the stored revision in the parent, so a save elsewhere resets what is shown.
  const [result, setResult] = useState<AppraisalResult | ''>(current?.result ?? '');
  const [note, setNote] = useState(current?.note ?? '');
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const dirty = result !== (current?.result ?? '') || note !== (current?.note ?? '');

  async function save() {
    if (!result) return setFailure('Hãy chọn kết quả đánh giá: Đạt, Chưa đạt hoặc Không đạt.');
    setFailure(null);
    setBusy(true);
    try {
      await saveAppraisal({ ...owner, result, note }, current?.rev ?? 0);
      toast.show(`Đã lưu đánh giá tiêu chí ${number}: ${APPRAISAL_LABELS[result]}`);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="appraisal-box stack" aria-label={`Đánh giá tiêu chí ${number}`}>
      <h3 style={{ fontSize: 15, margin: 0 }}>Đánh giá của cán bộ phụ trách</h3>
      <fieldset style={{ border: 'none', padding: 0 }}>
        <legend className="visually-hidden">Kết quả đánh giá tiêu chí {number}</legend>
        <div className="segmented">
          {APPRAISAL_RESULTS.map((r) => (
            <label key={r}>
              <input type="radio" name={`appraisal-${owner.criterionId}`} value={r} checked={result === r} onChange={() => setResult(r)} />
              {APPRAISAL_LABELS[r]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`note-${owner.criterionId}`}>Nhận xét</label>
        <textarea id={`note-${owner.criterionId}`} className="input" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <span className="small muted">
          {current ? `${current.appraisedBy || 'Không rõ người đánh giá'} · ${formatDateTime(current.appraisedAt ?? current.updatedAt)}` : 'Chưa đánh giá'}
        </span>
        <button type="button" className="btn btn-primary btn-sm" onClick={() => void save()} disabled={busy || !dirty}>
          Lưu đánh giá
        </button>
      </div>
      {current && <AppraisalHistory appraisalId={current.id} />}
    </section>
  );
}
