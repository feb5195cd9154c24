// "Đề xuất mọi đối tượng đủ điều kiện" in a campaign with several awards per category (year
// end): everyone is proposed for every title they meet, and the confirmation says how many per
// title and why each one is met. One request: the repository re-checks all, or writes none.
import { useState } from 'react';
import { awardLabel } from '../../domain/award-rules';
import type { Campaign } from '../../domain/campaign';
import { isOverQuota } from '../../domain/nomination-rules';
import { nominate } from '../../db/nomination-repo';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { ErrorMessage } from '../../ui/error-message';
import { TextAreaField } from '../../ui/fields';
import { countPerAward, type TitleProposal } from './every-title';

interface Props {
  campaign: Campaign;
  proposals: readonly TitleProposal[];
  /** How many live nominations an award has already. */
  nominatedFor: (rewardId: string) => number;
  onClose: () => void;
  /** The toast: who and how many per title. */
  onDone: (message: string) => void;
}

/** "Lao động tiên tiến: 28, Chiến sĩ thi đua cơ sở: 3, …" — the per-title counts in words. */
export function perTitleWords(counts: readonly { reward: Campaign['rewards'][number]; count: number }[]): string {
  return counts.map((c) => `${awardLabel(c.reward)}: ${c.count}`).join('; ');
}

export function NominateAllDialog({ campaign, proposals, nominatedFor, onClose, onDone }: Props) {
  const [rationale, setRationale] = useState('');
  const [overQuotaReason, setOverQuotaReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const counts = countPerAward(proposals, campaign.rewards);
  const people = new Set(proposals.map((p) => p.participantId)).size;
  const over = counts.filter((c) => isOverQuota({ quota: c.reward.quota, alreadyNominated: nominatedFor(c.reward.id), adding: c.count }));

  async function submit() {
    if (!rationale.trim()) return setError('Hãy ghi ngắn gọn lý do đề xuất.');
    if (over.length && !overQuotaReason.trim()) return setError('Số đề xuất vượt số lượng khen thưởng: hãy ghi lý do.');
    setBusy(true);
    setError(null);
    try {
      await nominate(campaign.id, proposals.map((p) => ({ participantId: p.participantId, rewardId: p.rewardId, rationale, overQuotaReason })));
      onDone(`Đã đề xuất ${people} đối tượng, ${proposals.length} danh hiệu (${perTitleWords(counts)})`);
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
      title={`Đề xuất ${people} đối tượng đủ điều kiện`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>Huỷ</button>
          <button type="button" className="btn btn-primary" disabled={busy || proposals.length === 0} onClick={() => void submit()}>
            Đề xuất
          </button>
        </>
      }
    >
      <div className="stack">
        <Alert tone="info" title={`${proposals.length} đề xuất: mỗi người, mỗi tập thể được đề xuất mọi danh hiệu đã đạt tiêu chuẩn`}>
          <ul aria-label="Số đề xuất theo danh hiệu">
            {counts.map((c) => (
              <li key={c.reward.id}>
                {awardLabel(c.reward)}: <strong>{c.count}</strong>
              </li>
            ))}
          </ul>
        </Alert>
        {counts.map((c) => (
          <details key={c.reward.id} className="card" style={{ padding: '8px 12px' }}>
            <summary>
              {awardLabel(c.reward)}: {c.count} đối tượng đủ tiêu chuẩn
            </summary>
            <ul className="small" style={{ marginBottom: 0 }}>
              {proposals
                .filter((p) => p.rewardId === c.reward.id)
                .map((p) => (
                  <li key={p.participantId}>
                    {p.name}
                    {p.explanation ? `: ${p.explanation}` : ''}
                  </li>
                ))}
            </ul>
          </details>
        ))}
        <TextAreaField label="Lý do đề xuất" hint="Ngắn gọn, ví dụ: đủ tiêu chuẩn danh hiệu năm 2025." value={rationale} onChange={(e) => setRationale(e.target.value)} rows={2} />
        {over.map((c) => (
          <Alert key={c.reward.id} tone="warning" title="Vượt số lượng khen thưởng">
            {awardLabel(c.reward)}: đã có {nominatedFor(c.reward.id)} đề xuất, thêm {c.count}; kế hoạch khen {c.reward.quota}.
          </Alert>
        ))}
        {over.length > 0 && <TextAreaField label="Lý do đề xuất vượt số lượng" value={overQuotaReason} onChange={(e) => setOverQuotaReason(e.target.value)} rows={2} />}
        {error !== null && <ErrorMessage error={error} />}
      </div>
    </Dialog>
  );
}
