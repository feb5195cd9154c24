// Thẩm định many dossiers at once: one result, one date, one note, written on every selected
// dossier at "Đủ hồ sơ" — "Đạt" moves it to "Đã thẩm định" — and the others named with their
// reason. A person proposed for two titles gets both appraised, or only the title picked.
import { useId, useState } from 'react';
import { appraiseMany } from '../../db/nomination-repo';
import { NOMINATION_STATUS_LABELS } from '../../domain/nomination';
import { APPRAISAL_RESULT_LABELS, appraisalTarget, bulkAppraisalInputProblems, bulkAppraisalProblem, type BulkAppraisal } from '../../domain/nomination-rules';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { ErrorMessage } from '../../ui/error-message';
import { DateField, SelectField, TextAreaField } from '../../ui/fields';
import { AwardPicker } from './award-picker';
import { nominationTargets } from './nomination-targets';
import { BulkOutcome, Refusals, type Refusal } from './refusals';
import type { NominationRow } from './table-rows';

interface Props {
  targets: NominationRow[];
  onClose: () => void;
}

const APPRAISED = NOMINATION_STATUS_LABELS.appraised;

export function BulkAppraiseDialog({ targets, onClose }: Props) {
  const formId = useId();
  const [appraisal, setInput] = useState<BulkAppraisal>({ result: 'dat', date: undefined, note: '' });
  const [rewardId, setRewardId] = useState('');
  const [result, setResult] = useState<{ done: string[]; refused: Refusal[]; appraisal: BulkAppraisal } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // A correction clears the last refusal: the fields say what is still wrong.
  const setAppraisal = (change: (a: BulkAppraisal) => BulkAppraisal) => {
    setError(null);
    setInput(change);
  };
  const problems = bulkAppraisalInputProblems(appraisal);
  const checked = nominationTargets(targets, rewardId).map((t) => ({ row: t, problem: bulkAppraisalProblem(t.nomination, appraisal) }));
  const ready = checked.filter((c) => c.problem === null).map((c) => c.row);
  const refused = checked.flatMap((c) => (c.problem === null ? [] : [{ name: c.row.name, reason: c.problem }]));
  // A dossier whose own page already holds a result: the one given here replaces it, and the clerk is told.
  const replacing = ready.filter((t) => t.nomination?.dossier.appraisalResult).length;
  const dat = appraisal.result === 'dat';

  async function submit() {
    if (Object.keys(problems).length) return setError('Hãy sửa các ô được đánh dấu trước khi ghi kết quả thẩm định.');
    setBusy(true);
    setError(null);
    try {
      // The repository re-checks each one against what is stored now (another tab may have changed it).
      const done = await appraiseMany(ready.flatMap((t) => (t.nomination ? [{ id: t.nomination.id, rev: t.nomination.rev }] : [])), appraisal);
      const names = new Map(ready.map((t) => [t.nomination?.id, t.name]));
      setResult({ done: done.moved.map((n) => names.get(n.id) ?? ''), refused: [...refused, ...done.refused], appraisal });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (result) {
    const moved = appraisalTarget(result.appraisal) === 'appraised';
    return (
      <Dialog open title="Kết quả thẩm định hồ sơ" onClose={onClose} wide actions={<button type="button" className="btn btn-primary" onClick={onClose}>Đóng</button>}>
        <BulkOutcome
          done={result.done}
          doneTitle={moved ? `Đã thẩm định ${result.done.length} hồ sơ “Đạt” và chuyển sang “${APPRAISED}”` : `Đã ghi kết quả “Không đạt” vào ${result.done.length} hồ sơ`}
          noneText="Không hồ sơ nào được ghi kết quả thẩm định."
          refused={result.refused}
          refusedTitle={`${result.refused.length} hồ sơ không thẩm định được`}
        />
      </Dialog>
    );
  }

  return (
    <Dialog
      open
      wide
      title="Thẩm định hồ sơ đã chọn"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>Huỷ</button>
          <button type="submit" form={formId} className="btn btn-primary" disabled={busy || ready.length === 0}>
            {dat ? `Thẩm định “Đạt” ${ready.length} hồ sơ` : `Ghi “Không đạt” cho ${ready.length} hồ sơ`}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="stack"
        aria-label="Thẩm định hồ sơ đã chọn"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <AwardPicker rows={targets} value={rewardId} onChange={setRewardId} />
        <div className="form-grid">
          <SelectField label="Kết quả thẩm định" value={appraisal.result} onChange={(e) => setAppraisal((a) => ({ ...a, result: e.target.value === 'khong-dat' ? 'khong-dat' : 'dat' }))}>
            {(['dat', 'khong-dat'] as const).map((r) => (
              <option key={r} value={r}>
                {APPRAISAL_RESULT_LABELS[r]}
              </option>
            ))}
          </SelectField>
          <DateField label="Ngày thẩm định" required value={appraisal.date} error={problems.date} onChange={(date) => setAppraisal((a) => ({ ...a, date }))} />
          <TextAreaField
            label="Ý kiến thẩm định"
            rows={2}
            fieldClassName="span-2"
            hint="Ghi giống nhau vào mọi hồ sơ dưới đây."
            error={problems.note}
            value={appraisal.note}
            onChange={(e) => setAppraisal((a) => ({ ...a, note: e.target.value }))}
          />
        </div>
        {ready.length > 0 ? (
          <div>
            <p style={{ margin: 0 }}>
              <strong>{ready.length} hồ sơ</strong>{' '}
              {dat ? `sẽ được ghi thẩm định “Đạt” và chuyển sang “${APPRAISED}”:` : `sẽ được ghi thẩm định “Không đạt” và ở lại bước “${NOMINATION_STATUS_LABELS['dossier-complete']}”:`}
            </p>
            <p className="muted small" style={{ margin: 0 }}>{ready.map((t) => t.name).join(', ')}.</p>
          </div>
        ) : (
          <Alert tone="info">
            Không hồ sơ nào trong các dòng đã chọn thẩm định được. Chỉ hồ sơ ở bước “{NOMINATION_STATUS_LABELS['dossier-complete']}” mới thẩm định được; xem lý do dưới đây.
          </Alert>
        )}
        {replacing > 0 && <Alert tone="info">{replacing} hồ sơ đã có kết quả thẩm định ghi trên trang hồ sơ; kết quả đó sẽ được thay bằng kết quả ghi ở đây.</Alert>}
        <Refusals title={`${refused.length} hồ sơ sẽ không thẩm định`} list={refused} />
        {error !== null && <ErrorMessage error={error} />}
      </form>
    </Dialog>
  );
}
