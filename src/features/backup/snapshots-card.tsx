// Safety copies taken automatically before each restore or merge: download or restore one.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listSnapshots, readBackupFile, restoreBackup, snapshotFile, SNAPSHOTS_KEPT } from '../../db/backup-repo';
import { ConfirmDialog } from '../../ui/dialog';
import { Alert } from '../../ui/alert';
import { errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast';
import { formatDateTime } from '../../lib/vi-date';
import { formatNumber } from '../../lib/vi-money';
import { saveFile } from '../../ui/save-file';

type Snapshot = Awaited<ReturnType<typeof listSnapshots>>[number];

function fileName(s: Snapshot): string {
  return `binh-xet-ban-sao-an-toan-${s.createdAt.slice(0, 16).replace(/[:T]/g, '-')}.json`;
}

export function SnapshotsCard() {
  const snapshots = useLiveQuery(listSnapshots, []);
  const [confirm, setConfirm] = useState<Snapshot | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const toast = useToast();

  async function download(s: Snapshot) {
    const blob = await snapshotFile(s.id);
    if (blob) saveFile(blob, fileName(s));
  }

  async function restore(s: Snapshot) {
    setConfirm(null);
    setFailure(null);
    try {
      const blob = await snapshotFile(s.id);
      if (!blob) return;
      await restoreBackup(await readBackupFile(blob));
      toast.show(`Đã khôi phục bản sao an toàn lúc ${formatDateTime(s.createdAt)}`);
    } catch (error) {
      setFailure(errorText(error));
    }
  }

  return (
    <section className="card" aria-labelledby="snapshots-title">
      <h2 id="snapshots-title">Bản sao an toàn tự động</h2>
      <p className="muted">
        Trước mỗi lần khôi phục hoặc gộp, Bình Xét tự giữ một bản sao dữ liệu lúc đó (giữ {SNAPSHOTS_KEPT} bản gần nhất). Nếu gộp nhầm tệp, hãy khôi phục bản sao này. Bản sao chỉ dùng trên máy này: để mang sang máy khác, hãy dùng nút “Tải bản sao lưu” ở trên.
      </p>
      {snapshots === undefined ? null : snapshots.length === 0 ? (
        <p className="muted small">Chưa có bản sao an toàn nào.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Thời điểm</th>
                <th scope="col">Lý do</th>
                <th scope="col" className="num">Dung lượng</th>
                <th scope="col">
                  <span className="visually-hidden">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((s) => (
                <tr key={s.id}>
                  <td>{formatDateTime(s.createdAt)}</td>
                  <td>{s.reason}</td>
                  <td className="num">{formatNumber(Math.max(1, Math.round(s.size / 1024)))} KB</td>
                  <td>
                    <div className="row" style={{ justifyContent: 'flex-end' }}>
                      <button type="button" className="btn btn-sm" onClick={() => void download(s)} aria-label={`Tải bản sao an toàn lúc ${formatDateTime(s.createdAt)}`}>
                        Tải về
                      </button>
                      <button type="button" className="btn btn-sm" onClick={() => setConfirm(s)} aria-label={`Khôi phục bản sao an toàn lúc ${formatDateTime(s.createdAt)}`}>
                        Khôi phục bản này
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {failure && (
        <div style={{ marginTop: 12 }}>
          <Alert tone="danger" title="Chưa khôi phục được">
            {failure}
          </Alert>
        </div>
      )}
      <ConfirmDialog
        open={!!confirm}
        title="Khôi phục bản sao an toàn?"
        message={confirm ? `Toàn bộ dữ liệu hiện tại sẽ được thay bằng bản sao lúc ${formatDateTime(confirm.createdAt)}. Dữ liệu hiện tại cũng được giữ thành một bản sao an toàn mới.` : ''}
        confirmLabel="Khôi phục bản sao này"
        danger
        onConfirm={() => confirm && void restore(confirm)}
        onCancel={() => setConfirm(null)}
      />
    </section>
  );
}
