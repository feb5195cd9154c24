// Proposing one or more participants: a short rationale; a reason when the quota is
// exceeded; a recorded reason when someone is not eligible. The repository re-checks all.
// In a year-end campaign the officer picks the title (LĐTT, CSTĐ cơ sở), and each target's
// verdict for it is shown in words before anything is proposed.
import { useState } from 'react';
import { awardLabel } from '../../domain/award-rules';
import type { Campaign } from '../../domain/campaign';
import { isOverQuota } from '../../domain/nomination-rules';
import { CATEGORIES, CATEGORY_LABELS } from '../../domain/rules';
import { nominate } from '../../db/nomination-repo';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { SelectField, TextAreaField } from '../../ui/fields';
import { ErrorMessage } from '../../ui/error-message';
import type { NominationRow } from './table-rows';

interface Props {
  campaign: Campaign;
  targets: NominationRow[];
  counts: Record<'collective' | 'individual', number>;
  /** How many live nominations an award has (for an award's own quota, where a category has several). */
  nominatedFor: (rewardId: string) => number;
  onClose: () => void;
  onDone: (count: number) => void;
}

export function NominateDialog({ campaign, targets, counts, nominatedFor, onClose, onDone }: Props) {
  const [rationale, setRationale] = useState('');
  const [overQuotaReason, setOverQuotaReason] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // The award each target is proposed for: the one picked, where its category has several.
  const categories = [...new Set(targets.map((t) => t.category))];
  const choosable = categories.length === 1 ? campaign.rewards.filter((r) => r.category === categories[0]) : [];
  const [rewardId, setRewardId] = useState(() => choosable.find((r) => targets.every((t) => !t.nominatedRewardIds.includes(r.id)))?.id ?? choosable[0]?.id ?? '');
  const perAward = choosable.length > 1;
  const rewardOf = (t: NominationRow) => (perAward ? rewardId : campaign.rewards.find((r) => r.category === t.category)?.id ?? '');
  const verdictOf = (t: NominationRow) => t.titles.get(rewardOf(t));
  const isEligible = (t: NominationRow) => { const v = verdictOf(t); return v ? v.state === 'met' : t.eligible; };
  const fresh = targets.filter((t) => (perAward ? !t.nominatedRewardIds.includes(rewardId) : !t.nominated));
  const ineligible = fresh.filter((t) => !isEligible(t));
  const eligibleTitled = fresh.filter((t) => isEligible(t) && verdictOf(t));
  // The quota a category's targets count against: the picked award's own where the category has several.
  const slotOf = (c: (typeof CATEGORIES)[number]) => {
    const own = perAward && c === categories[0];
    const reward = own ? campaign.rewards.find((r) => r.id === rewardId) : campaign.rewards.find((r) => r.category === c);
    return { name: own && reward ? awardLabel(reward) : CATEGORY_LABELS[c], quota: reward?.quota ?? 0, already: own ? nominatedFor(rewardId) : counts[c], adding: fresh.filter((t) => t.category === c).length };
  };
  const over = CATEGORIES.filter((c) => {
    const slot = slotOf(c);
    return slot.adding > 0 && isOverQuota({ quota: slot.quota, alreadyNominated: slot.already, adding: slot.adding });
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
        fresh.map((t) => ({ participantId: t.participantId, rationale, overQuotaReason, eligibilityOverrideReason: isEligible(t) ? '' : overrideReason, rewardId: rewardOf(t) || undefined })),
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
        {perAward && (
          <SelectField label="Đề xuất danh hiệu" value={rewardId} onChange={(e) => setRewardId(e.target.value)}>
            {choosable.map((r) => (
              <option key={r.id} value={r.id}>
                {awardLabel(r)}
              </option>
            ))}
          </SelectField>
        )}
        {eligibleTitled.length > 0 && (
          <Alert tone="success" title="Đủ tiêu chuẩn">
            <ul>
              {eligibleTitled.map((t) => (
                <li key={t.participantId}>
                  {t.name}: {verdictOf(t)?.explanation}
                </li>
              ))}
            </ul>
          </Alert>
        )}
        {fresh.length < targets.length && <Alert tone="info">{targets.length - fresh.length} đối tượng đã được đề xuất từ trước nên được bỏ qua.</Alert>}
        {fresh.length > 1 && <p className="muted small" style={{ margin: 0 }}>{fresh.map((t) => t.name).join(', ')}</p>}
        <TextAreaField label="Lý do đề xuất" hint="Ngắn gọn, ví dụ: tiêu biểu trong giải quyết thủ tục hành chính đúng hạn." value={rationale} onChange={(e) => setRationale(e.target.value)} rows={2} />
        {over.map((c) => {
          const slot = slotOf(c);
          return (
            <Alert key={c} tone="warning" title="Vượt số lượng khen thưởng">
              {slot.name}: đã có {slot.already} đề xuất, thêm {slot.adding}; kế hoạch khen {slot.quota}.
            </Alert>
          );
        })}
        {over.length > 0 && <TextAreaField label="Lý do đề xuất vượt số lượng" value={overQuotaReason} onChange={(e) => setOverQuotaReason(e.target.value)} rows={2} />}
        {ineligible.length > 0 && (
          <Alert tone="warning" title="Chưa đủ điều kiện">
            <ul>
              {ineligible.map((t) => (
                <li key={t.participantId}>
                  {t.name}: {verdictOf(t)?.explanation ?? t.reasons.join('; ')}
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
