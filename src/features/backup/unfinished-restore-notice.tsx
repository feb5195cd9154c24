// Shown at start when the last restore never finished (the tab was closed while it wrote): its
// one transaction was never committed, so the data is as it was before it began.
import { useState } from 'react';
import { Link } from 'react-router';
import { clearRestoreMarker, unfinishedRestore } from '../../db/restore-marker';
import { formatDateTime } from '../../lib/vi-date';
import { Alert } from '../../ui/alert';

export function UnfinishedRestoreNotice() {
  const [restore, setRestore] = useState(unfinishedRestore);
  if (!restore) return null;
  const dismiss = () => {
    clearRestoreMarker();
    setRestore(null);
  };
  return (
    <div style={{ padding: '16px 32px 0' }}>
      <Alert tone="warning" title="Lần khôi phục dữ liệu trước chưa hoàn tất">
        Lần khôi phục dữ liệu bắt đầu lúc {formatDateTime(restore.startedAt)} đã bị dừng giữa chừng (trang hoặc trình duyệt bị đóng khi đang ghi). Không có gì bị
        thay: dữ liệu trên máy vẫn như trước lần khôi phục đó. Nếu vẫn cần khôi phục, hãy vào <Link to="/backup" onClick={dismiss}>mục Sao lưu</Link> và chọn lại
        tệp sao lưu, rồi đợi đến khi thấy thông báo “Đã khôi phục”.{' '}
        <button type="button" className="btn btn-sm btn-ghost" onClick={dismiss}>
          Đã hiểu
        </button>
      </Alert>
    </div>
  );
}
