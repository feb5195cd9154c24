import { History } from 'lucide-react';
import { formatDateTime } from '../lib/vi-date';

/** Offers back what was typed last time and not saved. */
export function DraftBanner({ savedAt, onRestore, onDiscard }: { savedAt: string; onRestore: () => void; onDiscard: () => void }) {
  return (
    <div className="alert alert-warning" role="status" style={{ marginBottom: 16 }}>
      <History size={18} aria-hidden="true" />
      <div style={{ flex: 1 }}>
        <strong>Có nội dung đang nhập dở chưa lưu</strong> (lúc {formatDateTime(savedAt)}). Bạn muốn khôi phục để nhập tiếp?
      </div>
      <div className="row">
        <button type="button" className="btn btn-sm btn-primary" onClick={onRestore}>
          Khôi phục
        </button>
        <button type="button" className="btn btn-sm" onClick={onDiscard}>
          Bỏ bản nháp
        </button>
      </div>
    </div>
  );
}
