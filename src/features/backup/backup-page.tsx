// Sao lưu: download a backup, restore or merge one (with a preview first), and the
// automatic safety copies kept before each restore or merge.
import { Page } from '../../ui/page';
import { ExportCard } from './export-card';
import { ImportCard } from './import-card';
import { SnapshotsCard } from './snapshots-card';
import { BackupReminder } from './backup-reminder';

export function BackupPage() {
  return (
    <Page
      title="Sao lưu dữ liệu"
      lead="Mọi dữ liệu chỉ nằm trong trình duyệt của máy này. Tải bản sao lưu định kỳ để không mất dữ liệu khi cài lại máy, và để chuyển hoặc gộp dữ liệu giữa các máy."
      help={
        <>
          <strong>Trang này để làm gì?</strong> Tải tệp sao lưu về máy (nên làm mỗi tuần); khôi phục từ tệp khi cài lại máy; gộp tệp từ máy khác
          (ví dụ gói minh chứng do cán bộ khác chuẩn bị). Trước khi ghi, bạn luôn được xem tệp chứa gì và sẽ thay đổi gì.
        </>
      }
    >
      <BackupReminder link={false} />
      <ExportCard />
      <ImportCard />
      <SnapshotsCard />
    </Page>
  );
}
