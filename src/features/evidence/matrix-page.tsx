// Minh chứng: the daily working screen. Participants × criteria with status marks, filters
// and search; each cell opens that participant's evidence for the criterion.
import { Link, useParams } from 'react-router';
import { ShieldCheck } from 'lucide-react';
import { CampaignTabs } from '../../ui/campaign-tabs';
import { Page } from '../../ui/page';
import { HeldBackNotice } from '../../ui/held-back-notice';
import { nominationsHeldBack } from '../../domain/gates';
import { useEvidenceData } from './use-evidence-data';
import { applyFilter, MatrixFilters, useMatrixFilter } from './matrix-filters';
import { MatrixTable } from './matrix-table';
import { StatusMark, type CellState } from './status-mark';
import { EvidenceNotFound, Loading } from './not-found';
import { EvidenceStateNotice } from './state-notice';
import './evidence.css';

const LEGEND: CellState[] = ['met', 'pending', 'not-yet', 'no-evidence', 'not-met', 'disqualified'];

export function EvidenceMatrixPage() {
  const { campaignId = '' } = useParams();
  const data = useEvidenceData(campaignId);
  const [filter, setFilter] = useMatrixFilter();
  if (data === undefined) return <Loading />;
  if (data === null) return <EvidenceNotFound what="phong trào" />;
  const { campaign, rows } = data;
  const shown = applyFilter(rows, filter);
  const eligible = rows.filter((r) => r.eligibility.eligible).length;
  const disqualified = rows.filter((r) => r.eligibility.disqualified).length;
  const held = nominationsHeldBack(campaign);
  return (
    <Page
      title="Minh chứng và đánh giá"
      breadcrumb={
        <>
          <Link to="/campaigns">Phong trào</Link> › <Link to={`/campaigns/${campaign.id}`}>{campaign.shortName}</Link>
        </>
      }
      actions={
        <Link className="btn" to={`/campaigns/${campaign.id}/evidence/gates`}>
          <ShieldCheck size={18} aria-hidden="true" /> Điều kiện của phong trào
        </Link>
      }
      help={
        <>
          <strong>Trang này để làm gì?</strong> Bấm vào một ô để ghi minh chứng, tệp đính kèm và đánh giá tiêu chí đó; bấm vào tên để xem toàn bộ hồ sơ và phản ánh của đối tượng. Đối tượng
          “Đủ điều kiện” khi mọi tiêu chí được đánh giá Đạt và không có phản ánh được xác minh trong thời gian xét phản ánh của tiêu chí loại trừ. Tiếp theo: lập danh sách ở thẻ <em>Đề xuất</em>.
        </>
      }
    >
      <CampaignTabs campaignId={campaign.id} />
      <EvidenceStateNotice status={campaign.status} />
      {held.length > 0 && (
        <div className="matrix-notice">
          <HeldBackNotice reasons={held} action={<Link to={`/campaigns/${campaign.id}/evidence/gates`}>Ghi nhận điều kiện</Link>} />
        </div>
      )}
      <div className="matrix-toolbar">
        <MatrixFilters filter={filter} set={setFilter} units={data.units} />
      </div>
      <div className="matrix-statusbar">
        <p className="matrix-summary" aria-live="polite">
          Hiển thị <strong>{shown.length}</strong>/{rows.length} đối tượng · <strong>{eligible}</strong> đủ điều kiện · <strong>{disqualified}</strong> bị loại
        </p>
        <div className="matrix-legend">
          <span className="muted">Chú thích:</span>
          {LEGEND.map((s) => (
            <StatusMark key={s} state={s} />
          ))}
        </div>
      </div>
      {rows.length === 0 ? (
        <div className="card empty">
          <h2>Phong trào chưa có đối tượng thi đua</h2>
          <p>
            Thêm đơn vị, cá nhân ở thẻ <Link to={`/campaigns/${campaign.id}/participants`}>Đối tượng</Link> rồi quay lại đây.
          </p>
        </div>
      ) : shown.length === 0 ? (
        <div className="card empty">
          <h2>Không có đối tượng nào khớp bộ lọc</h2>
          <button type="button" className="btn" onClick={() => setFilter({ q: '', category: '', unit: '', incomplete: false, disqualified: false })}>
            Bỏ lọc
          </button>
        </div>
      ) : (
        <MatrixTable campaign={campaign} rows={shown} />
      )}
    </Page>
  );
}
