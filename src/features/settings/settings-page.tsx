// Cài đặt: who we are (organisation, place), who signs, who is at the keyboard, and the
// dated base-salary table. Also shows whether the browser keeps the data persistently.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadSettings } from '../../db/settings-repo';
import { Page } from '../../ui/page';
import { SettingsForm } from './settings-form';
import { StorageCard } from './storage-card';

export function SettingsPage() {
  const stored = useLiveQuery(() => loadSettings().then((s) => s ?? null), []);
  // Bumped to refill the form from the stored settings after a stale save.
  const [generation, setGeneration] = useState(0);
  return (
    <Page
      title="Cài đặt"
      lead="Thông tin cơ quan dùng trên mọi văn bản, người ký mặc định, người đang thao tác và mức lương cơ sở để tính tiền thưởng."
      help={
        <>
          <strong>Trang này để làm gì?</strong> Điền một lần khi bắt đầu dùng. Tên cơ quan và địa danh được in lên đầu mọi văn bản;
          tên người thao tác được ghi vào nhật ký mỗi lần sửa dữ liệu. Tiếp theo: vào <em>Phong trào</em> để lập phong trào thi đua.
        </>
      }
    >
      {stored === undefined ? <p className="muted">Đang tải…</p> : <SettingsForm key={generation} stored={stored ?? undefined} onReload={() => setGeneration((g) => g + 1)} />}
      <StorageCard />
    </Page>
  );
}
