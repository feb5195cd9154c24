// When another tab upgrades the database, this tab steps aside (reloads with a notice)
// instead of failing on its next write.
import { db } from '../db/database';
import { setReloadNotice } from './notice-on-reload';

export function watchForUpgradesElsewhere(): void {
  db().on('versionchange', () => {
    db().close();
    setReloadNotice('Một cửa sổ khác vừa cập nhật Bình Xét lên phiên bản mới, nên trang này đã tải lại để dùng cùng dữ liệu.');
    window.location.reload();
    return false;
  });
}
