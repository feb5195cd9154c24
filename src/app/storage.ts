// When another tab upgrades the database, this tab steps aside (reloads with a notice)
// instead of failing on its next write.
import { db } from '../db/database';
import { setReloadNotice } from './notice-on-reload';

export const UPGRADED_ELSEWHERE_NOTICE =
  'Một cửa sổ khác vừa cập nhật Bình Xét lên phiên bản mới, nên trang này đã tải lại để dùng cùng dữ liệu.';

/**
 * Closing at once lets the other tab's upgrade go ahead instead of waiting ("blocked").
 * Reloading is safe for typed input: open forms keep it as a draft (use-form-draft) and offer
 * it back after the reload.
 */
export function watchForUpgradesElsewhere(reload: () => void = () => window.location.reload()): void {
  const database = db();
  database.on('versionchange', () => {
    database.close();
    setReloadNotice(UPGRADED_ELSEWHERE_NOTICE);
    reload();
    return false;
  });
}
