// Điều kiện của phong trào: record each campaign gate with its proof. While one fails or is
// unknown, the page says plainly that no reward can be proposed, and why.
import { Link, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { nominationsHeldBack } from '../../domain/gates';
import { permissions } from '../../domain/campaign-lifecycle';
import { CampaignTabs } from '../../ui/campaign-tabs';
import { Page } from '../../ui/page';
import { Alert } from '../../ui/alert';
import { HeldBackNotice } from '../../ui/held-back-notice';
import { GateForm } from './gate-form';
import { EvidenceNotFound, Loading } from './not-found';
import './evidence.css';

export function GatesPage() {
  const { campaignId = '' } = useParams();
  const campaign = useLiveQuery(async () => {
    const c = await db().campaigns.get(campaignId);
    return c && !c.deletedAt ? c : null;
  }, [campaignId]);
  if (campaign === undefined) return <Loading />;
  if (campaign === null) return <EvidenceNotFound what="phong trào" />;
  const held = nominationsHeldBack(campaign);
  return (
    <Page
      title="Điều kiện của phong trào"
      lead="Các điều kiện phải đạt trước khi xét khen thưởng cho bất kỳ tập thể, cá nhân nào."
      breadcrumb={
        <>
          <Link to="/campaigns">Phong trào</Link> › <Link to={`/campaigns/${campaign.id}`}>{campaign.shortName}</Link> ›{' '}
          <Link to={`/campaigns/${campaign.id}/evidence`}>Minh chứng</Link>
        </>
      }
      help={
        <>
          <strong>Trang này để làm gì?</strong> Ghi kết quả các điều kiện chung ngay khi có văn bản của cấp trên (quyết định tặng Giấy khen, thông báo xếp hạng CCHC). Tiếp theo:
          khi mọi điều kiện đạt, bước <em>Đề xuất</em> khen thưởng được mở.
        </>
      }
    >
      <CampaignTabs campaignId={campaign.id} />
      <div style={{ marginBottom: 16 }}>
        {held.length > 0 ? (
          <HeldBackNotice reasons={held} />
        ) : (
          <Alert tone="success" title="Đủ điều kiện xét khen thưởng">
            Mọi điều kiện của phong trào đã đạt; có thể đề xuất khen thưởng.
          </Alert>
        )}
      </div>
      <div className="stack" style={{ gap: 16 }}>
        {!permissions(campaign.status).recordGates && <Alert tone="info" title="Phong trào đã kết thúc">Kết quả các điều kiện chỉ còn để xem.</Alert>}
        {campaign.gates.length === 0 && <p className="muted">Phong trào này không đặt điều kiện nào.</p>}
        {campaign.gates.map((gate, i) => (
          <GateForm key={JSON.stringify(gate)} campaignId={campaign.id} campaignRev={campaign.rev} gate={gate} number={i + 1} readOnly={!permissions(campaign.status).recordGates} />
        ))}
      </div>
    </Page>
  );
}
