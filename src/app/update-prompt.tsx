// The quiet "Có phiên bản mới — Cập nhật" notice. Refuses to reload while a form holds
// unsaved input and says what to do instead.
import { useSyncExternalStore } from 'react';
import { RefreshCw } from 'lucide-react';
import { getUpdateView, postponeUpdate, requestUpdate, subscribeUpdate } from './update-state';

export function UpdatePrompt() {
  const view = useSyncExternalStore(subscribeUpdate, getUpdateView, getUpdateView);
  if (view.phase === 'none') return null;
  const applied = view.phase === 'applied';
  return (
    <section className="update-notice no-print" aria-label="Cập nhật Bình Xét">
      <div role="status">
        <RefreshCw size={16} aria-hidden="true" />
        <span>
          {applied ? 'Bình Xét đã được cập nhật ở cửa sổ khác — tải lại trang này để dùng phiên bản mới.' : 'Có phiên bản mới'}
        </span>
      </div>
      {view.blocked && (
        <p className="update-notice-warn" role="alert">
          Trang đang có nội dung nhập chưa lưu. Hãy bấm Lưu (hoặc bỏ thay đổi) trước, rồi bấm {applied ? 'Tải lại' : 'Cập nhật'}.
        </p>
      )}
      <div className="update-notice-actions">
        <button type="button" className="btn btn-sm btn-primary" onClick={requestUpdate}>
          {applied ? 'Tải lại' : 'Cập nhật'}
        </button>
        {!applied && (
          <button type="button" className="update-notice-later" onClick={postponeUpdate}>
            Để sau
          </button>
        )}
      </div>
    </section>
  );
}
