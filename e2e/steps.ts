// Steps several journeys share, written once: what the officer types and what the app must
// answer. Each keeps its assertions; the specs call them instead of repeating the clicks.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** One criterion's section on a participant's evidence page. */
export function criterion(page: Page, n: number): Locator {
  return page.getByRole('region', { name: new RegExp(`^Tiêu chí ${n}\\.`) });
}

/** A hotline complaint of 15/08/2024, verified: the participant is disqualified, and told why. */
export async function recordSubstantiatedComplaint(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Thêm phản ánh' }).click();
  const complaint = page.getByRole('form', { name: 'Thêm phản ánh' });
  await complaint.getByLabel('Ngày phản ánh').fill('15/08/2024');
  await complaint.getByLabel('Nguồn phản ánh').fill('Đường dây nóng');
  await complaint.getByLabel('Nội dung phản ánh').fill('Người dân phản ánh gây phiền hà khi xác nhận hồ sơ.');
  await complaint.getByLabel('Đã xác minh, phản ánh có căn cứ').check();
  await complaint.getByRole('button', { name: 'Lưu phản ánh' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Bị loại, không được xét khen thưởng' })).toContainText('Có phản ánh được xác minh ngày 15/08/2024');
}

/** Loads the demo (plan 99, at the evaluation stage) and opens its nomination table. */
export async function openDemoNominations(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await page.waitForURL(/\/campaigns\/[^/]+$/);
  const campaignId = page.url().split('/campaigns/')[1] ?? '';
  await page.goto(`/campaigns/${campaignId}/nominations`);
  await expect(page.getByRole('heading', { name: 'Đề xuất khen thưởng' })).toBeVisible();
  return campaignId;
}

/** Ticks one row of the nomination table, found by searching its name. */
export async function selectRow(page: Page, name: string): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Tìm trong bảng' });
  await search.fill(name);
  await page.getByRole('checkbox', { name: `Chọn ${name}`, exact: true }).check();
  await search.fill('');
}

/**
 * Proposes the 7 selected rows of plan 99 (2 collectives, 5 individuals): refused until the
 * over-quota reason is given, then the quotas show 2 / 01 and 5 / 03.
 */
export async function proposeSevenOverQuota(page: Page): Promise<void> {
  await expect(page.getByText('Đã chọn 7')).toBeVisible();
  await page.getByRole('button', { name: 'Đề xuất các dòng đã chọn' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Lý do đề xuất', { exact: true }).fill('Tiêu biểu trong cải cách hành chính năm 2024');
  await dialog.getByRole('button', { name: 'Đề xuất' }).click();
  await expect(dialog.getByRole('alert')).toContainText('vượt số lượng');
  await dialog.getByLabel('Lý do đề xuất vượt số lượng').fill('Để Hội đồng bình xét, bỏ phiếu chọn');
  await dialog.getByRole('button', { name: 'Đề xuất' }).click();
  await expect(page.getByText('Đã đề xuất 7 đối tượng')).toBeVisible();
  await expect(page.locator('.nt-quota').first()).toContainText('2 đề xuất / khen 01');
  await expect(page.locator('.nt-quota').nth(1)).toContainText('5 đề xuất / khen 03');
}

/**
 * Decision 125/QĐ-UBND of 20/12/2024 for 1 collective (× 0,6) and 3 individuals (× 0,3) of
 * the base salary in force (2.340.000 đ from 01/07/2024), rounded up: 3.540.000 đ in all.
 */
export async function saveDecision125(page: Page, campaignId: string): Promise<void> {
  await page.goto(`/campaigns/${campaignId}/documents`);
  await page.getByLabel('Số quyết định').fill('125/QĐ-UBND');
  await page.getByLabel('Ngày ký').fill('20/12/2024');
  await expect(page.getByText(/tổng tiền thưởng 3\.540\.000 đ/)).toBeVisible();
  await page.getByRole('button', { name: 'Lưu quyết định' }).click();
  await expect(page.getByText('Đã lưu quyết định khen thưởng')).toBeVisible();
  await expect(page.getByText('Còn thiếu dữ liệu', { exact: true })).toHaveCount(0);
}

/**
 * Moves the campaign a step on its overview (which must be open), as the officer does: the button,
 * then its confirmation. The dialog closes before the move is written: it is done when the overview
 * no longer offers that step (a page left at once lost the move, now and then).
 */
export async function moveCampaign(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('dialog').getByRole('button', { name: label }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: label, exact: true })).toHaveCount(0);
}

/** The demo loaded, and its finished campaign's "Tờ trình đề nghị cấp trên khen thưởng" opened. */
export async function openDemoUpward(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]+$/);
  await page.goto('/documents');
  await page.getByRole('link', { name: 'Phong trào thi đua đẩy mạnh cải cách hành chính năm 2024', exact: true }).click();
  await page.getByRole('list', { name: 'Danh sách văn bản' }).getByRole('link', { name: 'Tờ trình đề nghị cấp trên khen thưởng' }).click();
}
