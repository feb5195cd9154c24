// Journey (#18): a new officer tries to nominate while the campaign is still "Đã phát động", is
// told what to do with a link to the overview, follows it, moves the stage, and succeeds.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { moveCampaign } from './steps';

const SHOTS = '/tmp/stages-shots';

async function nominateChau(page: Page, campaignId: string) {
  await page.goto(`/campaigns/${campaignId}/nominations`);
  const search = page.getByRole('searchbox', { name: 'Tìm trong bảng' });
  await search.fill('Châu Văn Sang');
  await page.getByRole('checkbox', { name: 'Chọn Châu Văn Sang', exact: true }).check();
  await page.getByRole('button', { name: 'Đề xuất các dòng đã chọn' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Lý do đề xuất', { exact: true }).fill('Tiêu biểu trong cải cách hành chính năm 2024');
  const overQuota = dialog.getByLabel('Lý do đề xuất vượt số lượng');
  if (await overQuota.isVisible()) await overQuota.fill('Để Hội đồng bình xét, bỏ phiếu chọn');
  await dialog.getByRole('button', { name: 'Đề xuất' }).click();
  return dialog;
}

test('nominating out of stage says what to do, links to the overview, and works once the stage is right', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await page.waitForURL(/\/campaigns\/[^/]+$/);
  const campaignId = page.url().split('/campaigns/')[1] ?? '';
  // The practice campaign is taken back to "Đã phát động", where a new officer may well start.
  await moveCampaign(page, 'Trở lại giai đoạn thi đua');
  await expect(page.getByText('Đã phát động').first()).toBeVisible();

  const dialog = await nominateChau(page, campaignId);
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Phong trào đang ở bước “Đã phát động” nên chưa thể đề xuất khen thưởng');
  await expect(alert).toContainText('bấm “Bắt đầu đánh giá” trước');
  await page.screenshot({ path: `${SHOTS}/refused-with-link.png` });

  await alert.getByRole('link', { name: 'Mở Tổng quan phong trào' }).click();
  await page.waitForURL(new RegExp(`/campaigns/${campaignId}$`));
  await moveCampaign(page, 'Bắt đầu đánh giá');
  await expect(page.locator('section', { has: page.locator('#next-title') })).toContainText('Lập danh sách đề xuất khen thưởng');

  await nominateChau(page, campaignId);
  await expect(page.getByText('Đã đề xuất 1 đối tượng')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/nominated.png` });
});

test('preparing a ballot before the council stage says what to do and links to the overview', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await page.waitForURL(/\/campaigns\/[^/]+$/);
  const campaign = new URL(page.url()).pathname;
  // The practice campaign is still under evaluation: the council may meet, not yet vote.
  await page.goto(`${campaign}/council`);
  await page.getByRole('button', { name: 'Tạo phiên họp' }).click();
  const form = page.getByRole('form', { name: 'Chuẩn bị vòng bỏ phiếu mới' });
  await form.getByRole('button', { name: 'Chuẩn bị vòng bỏ phiếu' }).click();
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('Hội đồng xét');
  await page.screenshot({ path: `${SHOTS}/round-refused.png` });
  await alert.getByRole('link', { name: 'Mở Tổng quan phong trào' }).click();
  await page.waitForURL(new RegExp(`${campaign}$`));
  await moveCampaign(page, 'Chuyển Hội đồng xét');
  await page.goto(`${campaign}/council`);
  await form.getByRole('button', { name: 'Chuẩn bị vòng bỏ phiếu' }).click();
  await expect(page.getByTestId('round-1')).toBeVisible();
});

test('recording a decision that was never made says what is missing and links to where it is made', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await page.waitForURL(/\/campaigns\/[^/]+$/);
  const campaign = new URL(page.url()).pathname;
  await moveCampaign(page, 'Chuyển Hội đồng xét');
  // "Ghi nhận đã có quyết định" before any decision exists: refused, with the way to the decision.
  await page.getByRole('button', { name: 'Ghi nhận đã có quyết định' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ghi nhận đã có quyết định' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Chưa chuyển được trạng thái' });
  await expect(alert).toContainText('Chưa có quyết định khen thưởng ghi đủ số và ngày ký');
  await expect(page.getByText('Hội đồng xét').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/decided-refused.png` });
  await alert.getByRole('link', { name: 'Mở trang Văn bản' }).click();
  await page.waitForURL(new RegExp(`${campaign}/documents$`));
  await expect(page.getByRole('heading', { name: 'Văn bản', level: 1 })).toBeVisible();
});
