// Journey: the finance officer asks for the year's reward money. From "Văn bản" the officer opens
// "Kinh phí khen thưởng": the demo's finished campaign (plan 99 of 2024, decided 20/01/2025) is
// filed under 2025 with its decision's own amounts, and the Excel file carries the same figures
// as numbers a spreadsheet can add up.
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { test, expect } from './fixtures';

const SHOTS = '/tmp/money-shots';

test('the reward money of the year, by decision, on screen and in Excel', async ({ page }) => {
  await page.goto('/documents/money');
  await expect(page.getByText('Chưa có quyết định khen thưởng nào đã ký')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tải Excel' })).toHaveCount(0);

  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]+$/);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Văn bản' }).click();
  await page.getByRole('link', { name: 'Kinh phí khen thưởng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kinh phí khen thưởng' })).toBeVisible();

  // 1 collective × 0,6 and 3 individuals × 0,3 of 2.340.000 đ, each rounded up to 10.000 đ.
  const year = page.getByRole('region', { name: /Năm 2025/ });
  await expect(year.getByRole('heading')).toHaveText('Năm 2025: 3.540.000 đ');
  const row = year.getByRole('row', { name: /125\/QĐ-UBND/ });
  await expect(row).toContainText('20/01/2025');
  await expect(row).toContainText('3.540.000 đ');
  await row.getByText('Phong trào thi đua đẩy mạnh cải cách hành chính năm 2024').click();
  await expect(row.getByRole('listitem')).toHaveCount(4);
  await expect(row.getByRole('listitem').first()).toContainText('hệ số 0,6 × 2.340.000 đ = 1.410.000 đ');
  await page.screenshot({ path: `${SHOTS}/money-1366.png`, fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Excel' }).click()]);
  expect(download.suggestedFilename()).toBe('kinh-phi-khen-thuong-2025-2025.xlsx');
  const file = readFileSync((await download.path()) ?? '');
  const sheets = await readXlsxFile(file);
  const summary = sheets.find((s) => s.sheet === 'Tổng hợp')?.data ?? [];
  expect(summary[1]).toEqual([2025, '125/QĐ-UBND', '20/01/2025', 'Phong trào thi đua đẩy mạnh cải cách hành chính năm 2024', 1, 3, 3_540_000]);
  expect(summary.at(-1)).toEqual([2025, 'Cộng năm 2025', null, null, 1, 3, 3_540_000]);
  const detail = sheets.find((s) => s.sheet === 'Chi tiết')?.data ?? [];
  expect(detail).toHaveLength(5);
  expect(detail.slice(1).reduce((s, r) => s + Number(r[9]), 0)).toBe(3_540_000);
});
