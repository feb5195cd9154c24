// What a chosen file holds and what each choice would change, before anything is written.
import { COLLECTION_LABELS, COLLECTIONS } from '../../domain/backup-format';
import type { BackupPreview } from '../../db/backup-repo';
import { Alert } from '../../ui/alert';
import { formatDateTime } from '../../lib/vi-date';
import { formatNumber } from '../../lib/vi-money';
import { conflictLines, recordName } from './conflict-lines';

interface Props {
  preview: BackupPreview;
  fileName: string;
  busy: boolean;
  onRestore: () => void;
  onMerge: () => void;
  onCancel: () => void;
}

function scopeText(preview: BackupPreview): string {
  const scope = preview.parsed.head.scope;
  if (scope.kind === 'all') return 'Toàn bộ dữ liệu';
  if (scope.kind === 'campaign') return `Một phong trào: ${scope.name}`;
  return `Gói minh chứng của ${scope.name}`;
}

export function ImportPreview({ preview, fileName, busy, onRestore, onMerge, onCancel }: Props) {
  const { parsed, plan } = preview;
  const rows = COLLECTIONS.filter((c) => parsed.data[c].length > 0);
  const campaigns = parsed.data.campaigns.filter((c) => !c.deletedAt).map(recordName);
  return (
    <div className="stack" style={{ marginTop: 16 }} aria-label="Xem trước tệp sao lưu" role="region">
      <h3 style={{ margin: 0 }}>Tệp “{fileName}”</h3>
      <dl className="grid grid-4" style={{ margin: 0 }}>
        <div className="stat">
          <dt className="stat-label">Nội dung</dt>
          <dd style={{ margin: 0 }}>{scopeText(preview)}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label">Xuất lúc</dt>
          <dd style={{ margin: 0 }}>{formatDateTime(parsed.head.exportedAt)}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label">Phiên bản ứng dụng</dt>
          <dd style={{ margin: 0 }}>
            {parsed.head.app.name} {parsed.head.app.version}
          </dd>
        </div>
        <div className="stat">
          <dt className="stat-label">Dung lượng</dt>
          <dd style={{ margin: 0 }}>{formatNumber(Math.max(1, Math.round(parsed.fileSize / 1024)))} KB, {parsed.blobs.size} tệp đính kèm</dd>
        </div>
      </dl>
      {campaigns.length > 0 && <p style={{ margin: 0 }}>Phong trào trong tệp: {campaigns.join('; ')}</p>}
      {parsed.warnings.map((w) => (
        <Alert key={w} tone="warning">
          {w}
        </Alert>
      ))}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Số bản ghi trong tệp và thay đổi nếu gộp</caption>
          <thead>
            <tr>
              <th scope="col">Loại dữ liệu</th>
              <th scope="col" className="num">Trong tệp</th>
              <th scope="col" className="num">Mới</th>
              <th scope="col" className="num">Cập nhật</th>
              <th scope="col" className="num">Không đổi</th>
              <th scope="col" className="num">Giữ bản trên máy (mới hơn)</th>
              <th scope="col" className="num">Xung đột</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c}>
                <th scope="row" style={{ position: 'static', background: 'none' }}>{COLLECTION_LABELS[c]}</th>
                <td className="num">{formatNumber(parsed.data[c].length)}</td>
                <td className="num">{formatNumber(plan.counts[c].new)}</td>
                <td className="num">{formatNumber(plan.counts[c].updated)}</td>
                <td className="num">{formatNumber(plan.counts[c].unchanged)}</td>
                <td className="num">{formatNumber(plan.counts[c].kept)}</td>
                <td className="num">{plan.counts[c].conflict ? <strong>{formatNumber(plan.counts[c].conflict)}</strong> : 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {plan.conflicts.length > 0 && (
        <Alert tone="warning" title={`${plan.conflicts.length} bản ghi xung đột: khác nhau giữa tệp và máy này`}>
          <ul>
            {conflictLines(plan.conflicts, parsed.data)
              .slice(0, 50)
              .map((line) => (
                <li key={line.key}>{line.text}</li>
              ))}
          </ul>
        </Alert>
      )}
      <div className="muted small">
        <strong>Gộp dữ liệu</strong>: thêm bản ghi mới, bản sửa sau cùng được giữ, bản ghi đã xoá vẫn bị xoá; vòng bỏ phiếu đã kết thúc trên máy này được giữ nguyên.{' '}
        <strong>Khôi phục dữ liệu</strong>: thay toàn bộ {formatNumber(preview.localCount)} bản ghi hiện có trên máy bằng nội dung tệp.
        Trước khi ghi, một bản sao an toàn của dữ liệu hiện tại được giữ lại.
      </div>
      {!preview.canRestore && <p className="small" style={{ margin: 0 }}>Tệp chỉ chứa một phần dữ liệu nên chỉ có thể gộp, không thể khôi phục toàn bộ.</p>}
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={onMerge} disabled={busy}>
          Gộp dữ liệu
        </button>
        <button type="button" className="btn btn-danger" onClick={onRestore} disabled={busy || !preview.canRestore}>
          Khôi phục dữ liệu
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel} disabled={busy}>
          Huỷ
        </button>
        {busy && <span className="muted small">Đang ghi dữ liệu…</span>}
      </div>
    </div>
  );
}
