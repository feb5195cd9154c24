// Moving many dossiers one step forward: one confirmation that says how many will move and
// why the others will not, then the result, each refusal with its reason. A person proposed
// for two awards moves both dossiers, or only the award picked. Towards "Đủ hồ sơ" the officer
// may tick the papers received for all the selected dossiers as they move.
import { ErrorMessage } from '../../ui/error-message';
import { useState } from 'react';
import { DOSSIER_ITEM_LABELS, NOMINATION_STATUS_LABELS } from '../../domain/nomination';
import { bulkStepProblem, RECEIVED_ITEMS, withReceived, type BulkStep, type ReceivedItem } from '../../domain/nomination-rules';
import { stepMany } from '../../db/nomination-repo';
import { BulkOutcome, Refusals, type Refusal } from './refusals';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { AwardPicker } from './award-picker';
import { nominationTargets } from './nomination-targets';
import type { NominationRow } from './table-rows';

interface Props {
  step: BulkStep;
  targets: NominationRow[];
  onClose: () => void;
}


export function BulkStepDialog({ step, targets, onClose }: Props) {
  const label = NOMINATION_STATUS_LABELS[step];
  const [result, setResult] = useState<{ moved: string[]; refused: Refusal[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [rewardId, setRewardId] = useState('');
  const [received, setReceived] = useState<ReceivedItem[]>([]);
  const ticking = step === 'dossier-complete' ? received : [];
  const withPapers = (n: NominationRow['nomination']) => (n && ticking.length ? { ...n, dossier: withReceived(n.dossier, ticking) } : n);
  const checked = nominationTargets(targets, rewardId).map((t) => ({ row: t, problem: bulkStepProblem(withPapers(t.nomination), step) }));
  const ready = checked.filter((c) => c.problem === null).map((c) => c.row);
  const refused = checked.flatMap((c) => (c.problem === null ? [] : [{ name: c.row.name, reason: c.problem }]));

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      // The repository re-checks each one against what is stored now (another tab may have moved it).
      const done = await stepMany(ready.flatMap((t) => (t.nomination ? [{ id: t.nomination.id, rev: t.nomination.rev }] : [])), step, ticking);
      const names = new Map(ready.map((t) => [t.nomination?.id, t.name]));
      setResult({ moved: done.moved.map((n) => names.get(n.id) ?? ''), refused: [...refused, ...done.refused] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (result) {
    return (
      <Dialog open title={`Kết quả chuyển sang “${label}”`} onClose={onClose} wide actions={<button type="button" className="btn btn-primary" onClick={onClose}>Đóng</button>}>
        <BulkOutcome
          done={result.moved}
          doneTitle={`Đã chuyển ${result.moved.length} hồ sơ sang “${label}”`}
          noneText="Không hồ sơ nào được chuyển."
          refused={result.refused}
          refusedTitle={`${result.refused.length} hồ sơ không chuyển được`}
        />
      </Dialog>
    );
  }

  return (
    <Dialog
      open
      wide
      title={`Chuyển sang “${label}”`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>Huỷ</button>
          <button type="button" className="btn btn-primary" disabled={busy || ready.length === 0} onClick={() => void submit()}>
            Chuyển {ready.length} hồ sơ
          </button>
        </>
      }
    >
      <div className="stack">
        <AwardPicker rows={targets} value={rewardId} onChange={setRewardId} />
        {step === 'dossier-complete' && (
          <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
            <legend className="small" style={{ marginBottom: 4 }}>
              Đã nhận đủ cho mọi hồ sơ đã chọn (đánh dấu vào từng hồ sơ khi chuyển):
            </legend>
            <div className="row">
              {RECEIVED_ITEMS.map((item) => (
                <label key={item} className="checkbox">
                  <input
                    type="checkbox"
                    checked={received.includes(item)}
                    onChange={(e) => setReceived((r) => (e.target.checked ? [...r, item] : r.filter((x) => x !== item)))}
                  />
                  {DOSSIER_ITEM_LABELS[item]}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {ready.length > 0 ? (
          <p style={{ margin: 0 }}>
            <strong>{ready.length} hồ sơ</strong> sẽ chuyển sang “{label}”: {ready.map((t) => t.name).join(', ')}.
          </p>
        ) : (
          <Alert tone="info">Không hồ sơ nào trong các dòng đã chọn chuyển được sang “{label}”. Hãy mở từng hồ sơ để bổ sung theo lý do dưới đây.</Alert>
        )}
        <Refusals title={`${refused.length} hồ sơ sẽ không chuyển`} list={refused} />
        {error !== null && <ErrorMessage error={error} />}
      </div>
    </Dialog>
  );
}
