// The documents of one campaign: what can be printed now, what is still missing, and the
// award decision's own data.
import { Link, useParams } from 'react-router';
import { CheckCircle2, FileText } from 'lucide-react';
import { Page } from '../../ui/page';
import './documents.css';
import { Alert } from '../../ui/alert';
import { CampaignTabs } from '../../ui/campaign-tabs';
import { DOCUMENT_KINDS } from './document-kinds';
import { useDocumentData } from './use-document-data';
import { DecisionForm } from './decision-form';

export function CampaignDocumentsPage() {
  const { campaignId = '' } = useParams();
  const data = useDocumentData(campaignId);
  if (data === undefined) return <Page title="Văn bản"><p className="muted">Đang tải…</p></Page>;
  if (data === null) return <Page title="Văn bản"><Alert tone="danger" title="Không tìm thấy phong trào">Phong trào này không còn. <Link to="/documents">Về trang Văn bản</Link></Alert></Page>;
  return (
    <Page
      title="Văn bản"
      lead={data.campaign.shortName}
      help={<p><strong>Trang này để làm gì?</strong> Mỗi văn bản được điền từ dữ liệu của phong trào. Văn bản nào còn thiếu dữ liệu sẽ ghi rõ cần làm gì trước. Sau khi Hội đồng bỏ phiếu xong, nhập số và ngày ký quyết định để lập Quyết định và Giấy khen.</p>}
    >
      <CampaignTabs campaignId={campaignId} />
      <ul className="doc-list" aria-label="Danh sách văn bản">
        {/* The plan is the campaign's first document; it has its own page (route documents/plan). */}
        <li className="card">
          <div className="row" style={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
            <div style={{ flex: 1 }}>
              <Link to="plan" className="doc-link">
                <FileText size={18} aria-hidden="true" /> Kế hoạch
              </Link>
              <p className="muted small" style={{ margin: '4px 0 0' }}>Kế hoạch phát động phong trào, lập từ nội dung ở thẻ Kế hoạch; in ra để ký.</p>
            </div>
            <span className="badge badge-success"><CheckCircle2 size={14} aria-hidden="true" /> Sẵn sàng</span>
          </div>
        </li>
        {DOCUMENT_KINDS.map((k) => {
          const r = k.build(data, undefined);
          return (
            <li key={k.slug} className="card">
              <div className="row" style={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
                <div style={{ flex: 1 }}>
                  <Link to={k.slug} className="doc-link">
                    <FileText size={18} aria-hidden="true" /> {k.name}
                  </Link>
                  <p className="muted small" style={{ margin: '4px 0 0' }}>{k.what}</p>
                  {!r.ok && !k.optional && <p className="small" style={{ margin: '4px 0 0', color: 'var(--c-warning-text, #8a5a00)' }}>{r.missing[0]}</p>}
                </div>
                {r.ok ? (
                  <span className="badge badge-success"><CheckCircle2 size={14} aria-hidden="true" /> Sẵn sàng</span>
                ) : k.optional ? (
                  <span className="badge">Chưa lập (khi cần)</span>
                ) : (
                  <span className="badge badge-warning">Còn thiếu dữ liệu</span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <DecisionForm data={data} />
    </Page>
  );
}
