// Shown when the campaign or participant in the address does not exist (deleted, or a stale link).
import { Link } from 'react-router';
import { SearchX } from 'lucide-react';
import { Page } from '../../ui/page';
import { EmptyState } from '../../ui/empty-state';

export function EvidenceNotFound({ what }: { what: string }) {
  return (
    <Page title="Không tìm thấy">
      <div className="card">
        <EmptyState icon={SearchX} title={`Không tìm thấy ${what}`} action={<Link className="btn btn-primary" to="/campaigns">Về danh sách phong trào</Link>}>
          Có thể {what} đã bị xoá ở cửa sổ khác, hoặc đường dẫn đã cũ.
        </EmptyState>
      </div>
    </Page>
  );
}

export function Loading() {
  return <p className="muted" style={{ padding: 24 }}>Đang tải…</p>;
}
