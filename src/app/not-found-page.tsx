import { Link } from 'react-router';
import { MapPinOff } from 'lucide-react';
import { Page } from '../ui/page';
import { EmptyState } from '../ui/empty-state';

export function NotFoundPage() {
  return (
    <Page title="Không tìm thấy trang">
      <div className="card">
        <EmptyState
          icon={MapPinOff}
          title="Địa chỉ này không có trong Bình Xét"
          action={
            <Link className="btn btn-primary" to="/">
              Về trang Tổng quan
            </Link>
          }
        >
          Có thể đường dẫn đã cũ hoặc gõ nhầm. Hãy chọn một mục ở thanh bên trái.
        </EmptyState>
      </div>
    </Page>
  );
}
