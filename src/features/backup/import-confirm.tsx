// The last question before a restore or a merge writes: what it replaces or adds, kind by kind,
// and that a safety copy of the data here is kept first (backup-repo's takeSnapshot).
import type { BackupPreview } from '../../db/backup-repo';
import { ConfirmDialog } from '../../ui/dialog';
import { formatNumber } from '../../lib/vi-money';
import { mergeLines, restoreRows } from './confirm-lines';

export type ImportMode = 'restore' | 'merge';

interface Props {
  mode: ImportMode | null;
  preview: BackupPreview;
  fileName: string;
  onConfirm: (mode: ImportMode) => void;
  onCancel: () => void;
}

const SAFETY_COPY =
  'Trước khi ghi, Bình Xét tự giữ một bản sao an toàn của toàn bộ dữ liệu hiện có trên máy này (xem mục “Bản sao an toàn tự động” bên dưới). Nếu chọn nhầm tệp, bạn có thể khôi phục lại bản sao đó.';

/** Rows a little tighter than a page's table, so the whole question fits a 1366×768 screen. */
const COMPACT = { paddingTop: 5, paddingBottom: 5 } as const;

function RestoreText({ preview, fileName }: { preview: BackupPreview; fileName: string }) {
  const rows = restoreRows(preview.localCounts, preview.parsed.data);
  return (
    <div className="stack">
      <p style={{ margin: 0 }}>
        {preview.localCount > 0
          ? <>Toàn bộ dữ liệu đang có trên máy này sẽ bị <strong>thay</strong> bằng nội dung của tệp “{fileName}”:</>
          : <>Máy này chưa có dữ liệu nào; nội dung của tệp “{fileName}” sẽ được ghi vào:</>}
      </p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Số bản ghi trên máy này và trong tệp</caption>
          <thead>
            <tr>
              <th scope="col">Loại dữ liệu</th>
              <th scope="col" className="num">Trên máy này (bị thay)</th>
              <th scope="col" className="num">Trong tệp (sẽ có)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row" style={{ ...COMPACT, position: 'static', background: 'none' }}>
                  {r.label}
                </th>
                <td className="num" style={COMPACT}>
                  {formatNumber(r.here)}
                </td>
                <td className="num" style={COMPACT}>
                  {formatNumber(r.inFile)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p style={{ margin: 0 }}>{SAFETY_COPY}</p>
    </div>
  );
}

function MergeText({ preview, fileName }: { preview: BackupPreview; fileName: string }) {
  const lines = mergeLines(preview.plan);
  const conflicts = preview.plan.conflicts.length;
  return (
    <div className="stack">
      {lines.length > 0 ? (
        <>
          <p style={{ margin: 0 }}>Từ tệp “{fileName}”, các bản ghi sau sẽ được ghi vào máy này; mọi dữ liệu khác giữ nguyên:</p>
          <ul style={{ margin: 0 }}>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p style={{ margin: 0 }}>Không có gì thay đổi: mọi bản ghi trong tệp “{fileName}” đã có trên máy này (hoặc bản trên máy mới hơn).</p>
      )}
      {conflicts > 0 && <p style={{ margin: 0 }}>{formatNumber(conflicts)} bản ghi xung đột được xử lý theo quy tắc đã nêu ở trang.</p>}
      <p style={{ margin: 0 }}>{SAFETY_COPY}</p>
    </div>
  );
}

export function ImportConfirm({ mode, preview, fileName, onConfirm, onCancel }: Props) {
  return (
    <ConfirmDialog
      open={mode !== null}
      title={mode === 'merge' ? 'Gộp dữ liệu từ tệp?' : 'Thay toàn bộ dữ liệu bằng tệp?'}
      message={mode === 'merge' ? <MergeText preview={preview} fileName={fileName} /> : <RestoreText preview={preview} fileName={fileName} />}
      confirmLabel={mode === 'merge' ? 'Xác nhận gộp' : 'Xác nhận khôi phục'}
      danger={mode === 'restore'}
      onConfirm={() => mode && onConfirm(mode)}
      onCancel={onCancel}
    />
  );
}
