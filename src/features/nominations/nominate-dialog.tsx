// Proposing one or more participants: a short rationale; a reason when the quota is
// exceeded; a recorded reason when someone is not eligible. The repository re-checks all.
import { useState } from 'react';
import type { Campaign } from '../../domain/campaign';
import { isOverQuota } from '../../domain/nomination-rules';
import { CATEGORIES, CATEGORY_LABELS } from '../../domain/rules';
import { nominate } from '../../db/nomination-repo';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { TextAreaField } from '../../ui/fields';
import { ErrorMessage } from '../../ui/error-message';
import type { NominationRow } from './table-rows';

interface Props {
  campaign: Campaign;
  targets: NominationRow[];
  counts: Record<'collective' | 'individual', number>;
  onClose: () => void;
  onDone: (count: number) => void;
}

export function NominateDialog({ campaign, targets, counts, onClose, onDone }: Props) {
  const [rationale, setRationale] = useState('');
  const [overQuotaReason, setOverQuotaReason] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fresh = targets.filter((t) => !t.nominated);
  const ineligible = fresh.filter((t) => !t.eligible);
  const over = CATEGORIES.filter((c) => {
    const adding = fresh.filter((t) => t.category === c).length;
    const quota = campaign.rewards.find((r) => r.category === c)?.quota ?? 0;
    return adding > 0 && isOverQuota({ quota, alreadyNominated: counts[c], adding });
  });

  async function submit() {
    if (!rationale.trim()) return setError('Hãy ghi ngắn gọn lý do đề xuất.');
    if (over.length && !overQuotaReason.trim()) return setError('Số đề xuất vượt số lượng khen thưởng: hãy ghi lý do.');
    if (ineligible.length && !overrideReason.trim()) return setError('Có đối tượng chưa đủ điều kiện: hãy ghi lý do vẫn đề xuất.');
    setBusy(true);
    setError(null);
    try {
      await nominate(
        campaign.id,
        fresh.map((t) => ({ participantId: t.participantId, rationale, overQuotaReason, eligibilityOverrideReason: t.eligible ? '' : overrideReason })),
      );
      onDone(fresh.length);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open
      wide
      title={fresh.length === 1 ? `Đề xuất khen thưởng: ${fresh[0]?.name ?? ''}` : `Đề xuất khen thưởng ${fresh.length} đối tượng`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>Huỷ</button>
          <button type="button" className="btn btn-primary" disabled={busy || fresh.length === 0} onClick={() => void submit()}>
            Đề xuất
          </button>
        </>
      }
    >
      <div className="stack">
        {fresh.length < targets.length && <Alert tone="info">{targets.length - fresh.length} đối tượng đã được đề xuất từ trước nên được bỏ qua.</Alert>}
        {fresh.length > 1 && <p className="muted small" style={{ margin: 0 }}>{fresh.map((t) => t.name).join(', ')}</p>}
        <TextAreaField label="Lý do đề xuất" hint="Ngắn gọn, ví dụ: tiêu biểu trong giải quyết thủ tục hành chính đúng hạn." value={rationale} onChange={(e) => setRationale(e.target.value)} rows={2} />
        {over.map((c) => (
          <Alert key={c} tone="warning" title="Vượt số lượng khen thưởng">
            {CATEGORY_LABELS[c]}: đã có {counts[c]} đề xuất, thêm {fresh.filter((t) => t.category === c).length}; kế hoạch khen {campaign.rewards.find((r) => r.category === c)?.quota ?? 0}.
          </Alert>
        ))}
        {over.length > 0 && <TextAreaField label="Lý do đề xuất vượt số lượng" value={overQuotaReason} onChange={(e) => setOverQuotaReason(e.target.value)} rows={2} />}
        {ineligible.length > 0 && (
          <Alert tone="warning" title="Chưa đủ điều kiện">
            <ul>
              {ineligible.map((t) => (
                <li key={t.participantId}>
                  {t.name}: {t.reasons.join('; ')}
                </li>
              ))}
            </ul>
          </Alert>
        )}
        {ineligible.length > 0 && (
          <TextAreaField label="Lý do vẫn đề xuất dù chưa đủ điều kiện" hint="Được ghi vào hồ sơ và nhật ký." value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} rows={2} />
        )}
        {error !== null && <ErrorMessage error={error} />}
      </div>
    </Dialog>
  );
}
