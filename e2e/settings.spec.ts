// Journey: a new office fills in its settings; they survive a reload and a full browser
// restart; bad input gets Vietnamese messages and loses nothing typed.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, watchNetwork, APP_ORIGIN } from './fixtures';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser';

test('the shell has every section, a 404 page, and no dead link', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  for (const name of ['Tổng quan', 'Phong trào', 'Đơn vị & cán bộ', 'Hội đồng', 'Văn bản', 'Sao lưu', 'Cài đặt']) {
    await nav.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Không tìm thấy trang')).toHaveCount(0);
  }
  await page.goto('/khong-co-trang-nay');
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  await page.getByRole('link', { name: 'Về trang Tổng quan', exact: true }).click();
  await expect(page).toHaveURL(`${APP_ORIGIN}/`);
});

test('a signer row just added waits for its name before saying it is missing', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Thêm người ký' }).click();
  const row = page.getByRole('group', { name: /^Người ký \d+$/ }).last();
  // The officer moves through the new row: nothing is marked wrong before the name is reached.
  await row.getByLabel('Thẩm quyền').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(row.getByLabel('Họ tên')).toBeFocused();
  await expect(page.getByText('Họ tên người ký: không được để trống')).toHaveCount(0);
  await expect(row.getByLabel('Họ tên')).not.toHaveAttribute('aria-invalid');
  for (const [w, h] of [[1366, 768], [1920, 1080]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await row.screenshot({ path: `/tmp/settings-shots/new-signer-${w}.png` });
  }
  // Leaving the name empty says so, on that field.
  await page.keyboard.press('Tab');
  await expect(row.getByText('Họ tên người ký: không được để trống')).toBeVisible();
  await expect(row.getByLabel('Họ tên')).toHaveAttribute('aria-invalid', 'true');
});

test('settings validate in Vietnamese and survive a reload', async ({ page }) => {
  await page.goto('/settings');
  const org = page.getByLabel('Tên cơ quan');
  await org.fill('');
  await page.getByLabel('Địa danh ghi trên văn bản').fill('   ');
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByText('Tên cơ quan: không được để trống')).toBeVisible();
  await expect(page.getByText('Địa danh: không được để trống')).toBeVisible();

  // Text pasted from Word arrives decomposed (NFD) with stray spaces.
  await org.fill('  U\u0309y ban nhân dân xã   Văn Giáo ');
  await page.getByLabel('Địa danh ghi trên văn bản').fill('Văn Giáo');
  await page.getByLabel('Người đang thao tác').fill('Trần Thị Bình');
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByText('Đã lưu cài đặt')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Tên cơ quan')).toHaveValue('Ủy ban nhân dân xã Văn Giáo');
  await expect(page.getByLabel('Người đang thao tác')).toHaveValue('Trần Thị Bình');
  // Dates show dd/mm/yyyy although the browser's locale is en-US.
  await expect(page.getByLabel('Áp dụng từ ngày').first()).toHaveValue('01/07/2023');
});

test('what was typed and not saved is offered back after closing the tab', async ({ page, context }) => {
  await page.goto('/settings');
  await page.getByLabel('Tên cơ quan').fill('Ủy ban nhân dân xã Nhơn Hưng');
  await page.waitForTimeout(600); // the draft is kept 300 ms after the last keystroke
  await page.close();
  const again = await context.newPage();
  await again.goto('/settings');
  await expect(again.getByText('Có nội dung đang nhập dở chưa lưu')).toBeVisible();
  await again.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(again.getByLabel('Tên cơ quan')).toHaveValue('Ủy ban nhân dân xã Nhơn Hưng');
});

test('settings survive a full browser restart', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'binh-xet-profile-'));
  const executablePath = chromiumExecutable();
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      args: CHROMIUM_ARGS,
      ...(executablePath ? { executablePath } : {}),
      baseURL: APP_ORIGIN,
      viewport: { width: 1366, height: 768 },
    });
  try {
    let context = await launch();
    const outside = watchNetwork(context);
    let page = await context.newPage();
    await page.goto('/settings');
    await page.getByLabel('Tên cơ quan').fill('Ủy ban nhân dân xã Văn Giáo');
    await page.getByLabel('Địa danh ghi trên văn bản').fill('Văn Giáo');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await expect(page.getByText('Đã lưu cài đặt')).toBeVisible();
    await context.close();

    context = await launch();
    const outsideAfter = watchNetwork(context);
    page = await context.newPage();
    await page.goto('/settings');
    await expect(page.getByLabel('Tên cơ quan')).toHaveValue('Ủy ban nhân dân xã Văn Giáo');
    await expect(page.getByLabel('Địa danh ghi trên văn bản')).toHaveValue('Văn Giáo');
    await context.close();
    expect([...outside, ...outsideAfter]).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the demo dataset loads and goes away in one click each', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page.getByText('Đã nạp dữ liệu mẫu')).toBeVisible();
  await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
  await page.goto('/');
  await page.getByRole('button', { name: 'Xoá dữ liệu mẫu' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xoá dữ liệu mẫu' }).click();
  await expect(page.getByText('Đã xoá dữ liệu mẫu')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dùng dữ liệu mẫu' })).toBeVisible();
});
