// For the dashboard: when the last backup was made, and a nudge after 7 days or 50 changes.
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { DatabaseBackup } from 'lucide-react';
import { backupStatus } from '../../db/backup-status';
import { formatDateTime } from '../../lib/vi-date';

export const REMIND_AFTER_DAYS = 7;
export const REMIND_AFTER_CHANGES = 50;

/** Whether to ask for a backup now; `now` is a parameter so the rule can be tested. */
export function backupDue(status: { lastBackupAt: string | null; changesSinceBackup: number }, now = Date.now()): boolean {
  if (status.changesSinceBackup >= REMIND_AFTER_CHANGES) return true;
  if (!status.lastBackupAt) return status.changesSinceBackup > 0;
  return now - new Date(status.lastBackupAt).getTime() >= REMIND_AFTER_DAYS * 24 * 3600 * 1000;
}

/** `link` off on the backup page itself, where the buttons are right below. */
export function BackupReminder({ link = true }: { link?: boolean }) {
  const status = useLiveQuery(backupStatus, []);
  if (!status) return null;
  const due = backupDue(status);
  return (
    <section className={`alert ${due ? 'alert-warning' : 'alert-info'}`} aria-labelledby="backup-reminder-title" style={{ marginBottom: 16 }}>
      <DatabaseBackup size={18} aria-hidden="true" />
      <div style={{ flex: 1 }}>
        <strong id="backup-reminder-title">{due ? 'Đã đến lúc tải bản sao lưu' : 'Sao lưu dữ liệu'}</strong>
        <div>
          {status.lastBackupAt ? `Lần sao lưu gần nhất: ${formatDateTime(status.lastBackupAt)}` : 'Chưa tải bản sao lưu nào trên máy này'}
          {status.changesSinceBackup > 0 && ` · ${status.changesSinceBackup} thay đổi từ đó đến nay`}.
        </div>
      </div>
      {link && (
        <Link className={due ? 'btn btn-primary btn-sm' : 'btn btn-sm'} to="/backup">
          {due ? 'Sao lưu ngay' : 'Mở trang Sao lưu'}
        </Link>
      )}
    </section>
  );
}
