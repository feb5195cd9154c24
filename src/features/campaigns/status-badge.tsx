// The campaign's status as a coloured badge ("Dự thảo", "Đã phát động"…).
import { CAMPAIGN_STATUS_LABELS, type CampaignStatus } from '../../domain/campaign';
import { STATUS_TONES } from '../../domain/campaign-lifecycle';

export function StatusBadge({ status }: { status: CampaignStatus }) {
  return <span className={`badge badge-${STATUS_TONES[status]}`}>{CAMPAIGN_STATUS_LABELS[status]}</span>;
}
