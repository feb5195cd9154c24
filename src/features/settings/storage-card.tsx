import { useEffect, useState } from 'react';
import { HardDrive } from 'lucide-react';
import { readStorageStatus, type StorageStatus } from '../../db/storage-status';
import { formatNumber } from '../../lib/vi-money';

function megabytes(bytes: number | null): string {
  return bytes === null ? 'không rõ' : `${formatNumber(Math.round(bytes / 1024 / 1024))} MB`;
}

export function StorageCard() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    void readStorageStatus().then(setStatus);
  }, []);
  return (
    <section className="card" aria-labelledby="storage-title">
      <div className="row">
        <HardDrive size={20} aria-hidden="true" />
        <h2 id="storage-title" style={{ margin: 0 }}>
          Lưu trữ trên máy này
        </h2>
      </div>
      {!status ? (
        <p className="muted">Đang kiểm tra…</p>
      ) : (
        <dl className="grid grid-3" style={{ margin: '16px 0 0' }}>
          <div className="stat">
            <dt className="stat-label">Lưu trữ bền vững</dt>
            <dd className="stat-value" style={{ margin: 0, fontSize: 18 }} data-testid="storage-persisted">
              {status.persisted === null ? 'Không rõ' : status.persisted ? 'Đã bật' : 'Chưa được cấp'}
            </dd>
          </div>
          <div className="stat">
            <dt className="stat-label">Đang dùng</dt>
            <dd className="stat-value" style={{ margin: 0, fontSize: 18 }}>{megabytes(status.usage)}</dd>
          </div>
          <div className="stat">
            <dt className="stat-label">Dung lượng trình duyệt cho phép</dt>
            <dd className="stat-value" style={{ margin: 0, fontSize: 18 }}>{megabytes(status.quota)}</dd>
          </div>
        </dl>
      )}
      {status?.persisted === false && (
        <p className="muted small" style={{ marginTop: 12 }}>
          Trình duyệt chưa cam kết giữ dữ liệu lâu dài (thường sẽ được cấp khi cài Bình Xét thành ứng dụng). Hãy tải bản sao lưu thường xuyên.
        </p>
      )}
    </section>
  );
}
