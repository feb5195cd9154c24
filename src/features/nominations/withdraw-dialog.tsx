// Withdrawing nominations: the reason is required and goes to the audit trail. A person
// proposed for two awards has two nominations: both are withdrawn unless one award is picked.
import { ErrorMessage } from '../../ui/error-message';
import { useState } from 'react';
import { withdraw } from '../../db/nomination-repo';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { TextAreaField } from '../../ui/fields';
import { AwardPicker } from './award-picker';
import { nominationTargets, type TargetRow } from './nomination-targets';

export function WithdrawDialog({ targets, onClose, onDone }: { targets: TargetRow[]; onClose: () => void; onDone: (count: number) => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [rewardId, setRewardId] = useState('');
  const live = nominationTargets(targets, rewardId).filter((t) => t.nomination);

  async function submit() {
    if (!reason.trim()) return setError('Hãy ghi lý do rút đề xuất.');
    setBusy(true);
    setError(null);
    try {
      await withdraw(live.flatMap((t) => (t.nomination ? [{ id: t.nomination.id, rev: t.nomination.rev }] : [])), reason);
      onDone(live.length);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open
      title={live.length === 1 ? `Rút đề xuất: ${live[0]?.name ?? ''}` : `Rút ${live.length} đề xuất`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>Huỷ</button>
          <button type="button" className="btn btn-danger" disabled={busy || live.length === 0} onClick={() => void submit()}>
            Rút đề xuất
          </button>
        </>
      }
    >
      <div className="stack">
        <AwardPicker rows={targets} value={rewardId} onChange={setRewardId} />
        {live.length === 0 && <Alert tone="info">Không có đề xuất nào trong các dòng đã chọn.</Alert>}
        {live.length > 1 && <p className="muted small" style={{ margin: 0 }}>{live.map((t) => t.name).join(', ')}</p>}
        <TextAreaField label="Lý do rút đề xuất" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
        {error !== null && <ErrorMessage error={error} />}
      </div>
    </Dialog>
  );
}
