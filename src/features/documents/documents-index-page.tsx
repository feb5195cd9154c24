// "Văn bản": every campaign, with a way into its documents.
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { FileText, Wallet } from 'lucide-react';
import { db } from '../../db/database';
import { CAMPAIGN_STATUS_LABELS } from '../../domain/campaign';
import { Page } from '../../ui/page';
import './documents.css';
import { EmptyState } from '../../ui/empty-state';

export function DocumentsIndexPage() {
  const campaigns = useLiveQuery(async () => (await db().campaigns.toArray()).filter((c) => !c.deletedAt).sort((a, b) => b.year - a.year || a.shortName.localeCompare(b.shortName, 'vi')), []);
  return (
    <Page
      title="Văn bản"
      lead="Tờ trình, biên bản, quyết định, giấy khen: in ra giấy A4 hoặc tải tệp Word."
      help={<p><strong>Trang này để làm gì?</strong> Chọn một phong trào để xem các văn bản của nó. Văn bản được điền sẵn từ dữ liệu đã nhập; chưa đủ dữ liệu thì trang văn bản sẽ nói cần làm gì trước.</p>}
      actions={
        <Link className="btn" to="/documents/money">
          <Wallet size={18} aria-hidden="true" /> Kinh phí khen thưởng
        </Link>
      }
    >
      {campaigns === undefined ? (
        <p className="muted">Đang tải…</p>
      ) : campaigns.length === 0 ? (
        <EmptyState icon={FileText} title="Chưa có phong trào nào" action={<Link className="btn btn-primary" to="/campaigns">Mở trang Phong trào</Link>}>
          Hãy lập một phong trào (hoặc nạp “Dữ liệu mẫu” ở trang Tổng quan) rồi quay lại đây.
        </EmptyState>
      ) : (
        <ul className="doc-list" aria-label="Các phong trào">
          {campaigns.map((c) => (
            <li key={c.id} className="card">
              <Link to={`/campaigns/${c.id}/documents`} className="doc-link">
                <FileText size={18} aria-hidden="true" /> {c.shortName}
              </Link>
              <p className="muted small" style={{ margin: '4px 0 0' }}>
                Năm {c.year} · {CAMPAIGN_STATUS_LABELS[c.status]}
                {c.documentNumber ? ` · Kế hoạch số ${c.documentNumber}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
