// Says plainly when the campaign's stage is not the one for collecting evidence (a draft not
// yet launched, or already at the council / decided / closed), so the officer knows why.
import { CAMPAIGN_STATUS_LABELS, type CampaignStatus } from '../../domain/campaign';
import { permissions } from '../../domain/campaign-lifecycle';
import { Alert } from '../../ui/alert';

export function EvidenceStateNotice({ status }: { status: CampaignStatus }) {
  if (permissions(status).collectEvidence) return null;
  return (
    <div style={{ marginBottom: 16 }}>
      <Alert tone="info" title={`Phong trào đang ở bước “${CAMPAIGN_STATUS_LABELS[status]}”`}>
        Minh chứng chỉ ghi được khi phong trào ở bước “Đã phát động” hoặc “Đang đánh giá”; ở bước này chỉ xem được. Muốn đổi bước, hãy vào trang Tổng quan phong trào.
      </Alert>
    </div>
  );
}
