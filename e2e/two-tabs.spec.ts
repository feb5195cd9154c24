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

test('a dossier being typed in one tab keeps the typing when another tab saves it', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/');
  await a.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await a.waitForURL(/\/campaigns\/[^/]+$/);
  await a.goto(`${new URL(a.url()).pathname}/nominations`);
  await a.getByRole('searchbox', { name: 'Tìm trong bảng' }).fill('Phạm Văn Hùng');
  await a.getByRole('grid', { name: 'Bảng đối tượng và đề xuất' }).locator('tbody .nt-link').filter({ hasText: /^Phạm Văn Hùng$/ }).click();
  await expect(a.getByRole('heading', { name: 'Hồ sơ: Phạm Văn Hùng' })).toBeVisible();
  const b = await context.newPage();
  await b.goto(a.url());
  await expect(b.getByRole('heading', { name: 'Hồ sơ: Phạm Văn Hùng' })).toBeVisible();

  // A types an appraisal note and does not save yet; B changes the award wording and the note, and saves.
  await a.getByLabel('Ý kiến thẩm định').fill('Ý kiến đang gõ ở cửa sổ A');
  await b.getByLabel('Thành tích ghi trên Giấy khen').fill('Hoàn thành xuất sắc nhiệm vụ năm 2024 (cửa sổ B)');
  await b.getByLabel('Ý kiến thẩm định').fill('Ý kiến của cửa sổ B');
  await b.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(b.getByText('Đã lưu hồ sơ')).toBeVisible();

  // A follows what it did not touch, keeps what it typed, and is told the note was changed in B.
  await expect(a.getByLabel('Thành tích ghi trên Giấy khen')).toHaveValue('Hoàn thành xuất sắc nhiệm vụ năm 2024 (cửa sổ B)');
  await expect(a.getByLabel('Ý kiến thẩm định')).toHaveValue('Ý kiến đang gõ ở cửa sổ A');
  await expect(a.getByRole('status').filter({ hasText: 'Vừa có thay đổi được lưu ở nơi khác' })).toContainText('Ý kiến thẩm định');
  for (const [w, h] of [[1366, 768], [1920, 1080]] as const) {
    await a.setViewportSize({ width: w, height: h });
    await a.screenshot({ path: `/tmp/offline-shots/dossier-clash-${w}.png`, fullPage: true });
  }

  // A saves: its note stands, and B shows it by itself.
  await a.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(a.getByText('Đã lưu hồ sơ')).toBeVisible();
  await expect(b.getByLabel('Ý kiến thẩm định')).toHaveValue('Ý kiến đang gõ ở cửa sổ A');
  await expect(b.getByLabel('Thành tích ghi trên Giấy khen')).toHaveValue('Hoàn thành xuất sắc nhiệm vụ năm 2024 (cửa sổ B)');
});
