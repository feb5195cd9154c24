// Tổng quan of one campaign: where it stands in time, whether its gates allow rewards,
// how much has been gathered, and what to do next — with the buttons that move it on.
import { useState } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { FileText, Pencil, Scale } from 'lucide-react';
import { campaignCounts } from '../../db/campaign-ops';
import type { Campaign } from '../../domain/campaign';
import { permissions, STATUS_MEANING } from '../../domain/campaign-lifecycle';
import { isYearEndCampaign } from '../../domain/campaign-kind';
import { formatDate } from '../../lib/vi-date';
import { ErrorMessage } from '../../ui/error-message';
import { Page } from '../../ui/page';
import { CampaignBreadcrumb, CampaignMissing, TabsAbove, useCampaignParam } from './campaign-frame';
import { CampaignTimeline } from './campaign-timeline';
import { GatesCard } from './gates-card';
import { LifecycleActions } from './lifecycle-actions';
import { NextActions } from './next-actions';
import { StatusBadge } from './status-badge';
import './campaigns.css';

export function CampaignOverviewPage() {
  const { campaignId, campaign } = useCampaignParam();
  if (!campaign) return <CampaignMissing campaign={campaign} />;
  return <Overview key={campaignId} campaign={campaign} />;
}

function Overview({ campaign }: { campaign: Campaign }) {
  const counts = useLiveQuery(() => campaignCounts(campaign.id), [campaign.id]);
  const [error, setError] = useState<unknown>(null);
  const can = permissions(campaign.status);
  return (
    <Page
      title={campaign.shortName}
      breadcrumb={<CampaignBreadcrumb campaign={campaign} />}
      lead={
        <span className="row" style={{ gap: 8 }}>
          <StatusBadge status={campaign.status} />
          <span>{STATUS_MEANING[campaign.status]}</span>
        </span>
      }
      actions={
        <>
          {can.editPlan && (
            <Link className="btn" to={`/campaigns/${campaign.id}/edit`}>
              <Pencil size={18} aria-hidden="true" /> Sửa kế hoạch
            </Link>
          )}
          <Link className="btn" to={`/campaigns/${campaign.id}/plan`}>
            <FileText size={18} aria-hidden="true" /> Xem, in kế hoạch
          </Link>
          {isYearEndCampaign(campaign) && (
            <Link className="btn" to={`/campaigns/${campaign.id}/title-rules`}>
              <Scale size={18} aria-hidden="true" /> Tiêu chuẩn danh hiệu
            </Link>
          )}
          <LifecycleActions campaign={campaign} onError={setError} />
        </>
      }
      help={
        <>
          <strong>Trang này để làm gì?</strong> Xem nhanh phong trào đang ở bước nào. Các nút ở góc trên chuyển phong trào sang bước tiếp theo
          (mỗi lần chuyển được ghi vào nhật ký). Kết quả các điều kiện chung (giấy khen của thị xã, xếp hạng cải cách hành chính) được ghi nhận ở
          đây khi có văn bản.
        </>
      }
    >
      <TabsAbove campaignId={campaign.id}>
        {error !== null && (
          <div style={{ marginBottom: 16 }}>
            <ErrorMessage title="Chưa chuyển được trạng thái" error={error} />
          </div>
        )}
        <section className="card" aria-labelledby="timeline-title" style={{ marginBottom: 16 }}>
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <h2 id="timeline-title" style={{ marginBottom: 0 }}>
              Thời gian
            </h2>
            <span className="muted small">
              {campaign.documentNumber ? `Kế hoạch số ${campaign.documentNumber}` : 'Kế hoạch chưa có số'}
              {campaign.issueDate ? ` ngày ${formatDate(campaign.issueDate)}` : ''} · Năm {campaign.year}
            </span>
          </div>
          <CampaignTimeline campaign={campaign} />
        </section>
        <div className="overview-grid">
          <GatesCard campaign={campaign} />
          <div className="overview-col">
            <section className="card" aria-labelledby="counts-title">
              <h2 id="counts-title">Số liệu</h2>
              <div className="stats" style={{ gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' }}>
                <Stat label="Tập thể tham gia" value={counts?.collectives} />
                <Stat label="Cá nhân tham gia" value={counts?.individuals} />
                <Stat label="Minh chứng" value={counts?.evidence} />
                <Stat label="Đề xuất khen thưởng" value={counts?.nominations} />
              </div>
              <p className="muted small" style={{ margin: '10px 0 0' }}>
                Chỉ tiêu: {campaign.rewards.map((r) => `${r.quota} ${r.category === 'collective' ? 'tập thể' : 'cá nhân'}`).join(', ') || 'chưa đặt'}
              </p>
            </section>
            <NextActions campaign={campaign} counts={counts} />
          </div>
        </div>
      </TabsAbove>
    </Page>
  );
}

function Stat({ label, value }: { label: string; value: number | undefined }) {
  return (
    <div className="stat">
      <span className="stat-value">{value ?? '…'}</span>
      <span className="stat-label">{label}</span>
    </div>
  );
}
