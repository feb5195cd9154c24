// Journey: the same office opens Bình Xét in two tabs. A save in one shows up in the other
// without reloading; a save from a tab that was edited on an older version is refused, never
// overwriting the other tab's work, and what was typed there is not lost.
import { test, expect } from './fixtures';

test('a list follows another tab live, and a stale save is refused without losing anything', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/settings');
  await b.goto('/settings');
  const orgA = a.getByLabel('Tên cơ quan');
  const orgB = b.getByLabel('Tên cơ quan');

  // Tab A saves; tab B, untouched, shows it by itself.
  await orgA.fill('Ủy ban nhân dân xã Một');
  await a.getByLabel('Địa danh ghi trên văn bản').fill('Một');
  await a.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(a.getByText('Đã lưu cài đặt')).toBeVisible();
  await expect(orgB).toHaveValue('Ủy ban nhân dân xã Một');

  // Both edit; A saves first. B keeps what it typed (no silent refill)...
  await orgB.fill('Ủy ban nhân dân xã Hai');
  await orgA.fill('Ủy ban nhân dân xã Ba');
  await a.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(a.getByText('Đã lưu cài đặt')).toBeVisible();
  await expect(orgB).toHaveValue('Ủy ban nhân dân xã Hai');

  // ...and its save is refused with a plain message.
  await b.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(b.getByRole('alert')).toContainText('Dữ liệu đã được thay đổi ở cửa sổ khác');
  await b.screenshot({ path: '/tmp/offline-shots/stale-save.png', fullPage: true });

  // A's value stands.
  await a.reload();
  await expect(a.getByLabel('Tên cơ quan')).toHaveValue('Ủy ban nhân dân xã Ba');

  // B reloads the latest data; its own typing is offered back.
  await b.getByRole('button', { name: 'Tải lại dữ liệu mới nhất' }).click();
  await expect(orgB).toHaveValue('Ủy ban nhân dân xã Ba');
  await expect(b.getByText('Có nội dung đang nhập dở chưa lưu')).toBeVisible();
  await b.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(orgB).toHaveValue('Ủy ban nhân dân xã Hai');
});

test('closing a tab with unsaved input asks first', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('Tên cơ quan').fill('Ủy ban nhân dân xã Văn Giáo');
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const asked = await dialog;
  expect(asked.type()).toBe('beforeunload');
  await asked.dismiss();
  expect(page.isClosed()).toBe(false);
});
