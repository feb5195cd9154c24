// Journey: the finance officer asks for the year's reward money. From "Văn bản" the officer opens
// "Kinh phí khen thưởng": the demo's finished campaign (plan 99 of 2024, decided 20/01/2025) is
// filed under 2025 with its decision's own amounts, and the Excel file carries the same figures
// as numbers a spreadsheet can add up.
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Two people of the register, as the office's ledger names them. */
async function twoPeople(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('binh-xet');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const people = await new Promise<{ fullName: string; deletedAt?: string }[]>((resolve, reject) => {
      const req = db.transaction('people').objectStore('people').getAll();
      req.onsuccess = () => resolve(req.result as { fullName: string; deletedAt?: string }[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return people.filter((p) => !p.deletedAt).slice(0, 2).map((p) => p.fullName);
  });
}

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
  expect(summary[1]).toEqual([2025, '125/QĐ-UBND', '20/01/2025', 'Phong trào thi đua đẩy mạnh cải cách hành chính năm 2024', 1, 3, 3_540_000, null]);
  expect(summary.at(-1)).toEqual([2025, 'Cộng năm 2025', null, null, 1, 3, 3_540_000, null]);
  const detail = sheets.find((s) => s.sheet === 'Chi tiết')?.data ?? [];
  expect(detail).toHaveLength(5);
  expect(detail.slice(1).reduce((s, r) => s + Number(r[9]), 0)).toBe(3_540_000);

  // The office's ledger of 2023 comes in from Excel: one line with its amount, one without.
  const [an, binh] = await twoPeople(page);
  await page.goto('/history/import');
  const ledger = [
    ['STT', 'Họ và tên', 'Đơn vị', 'Hình thức khen thưởng', 'Năm', 'Số quyết định', 'Ngày quyết định', 'Số tiền'],
    [1, an, '', 'Lao động tiên tiến', 2023, '15/QĐ-UBND', '20/12/2023', '540.000'],
    [2, binh, '', 'Lao động tiên tiến', 2023, '15/QĐ-UBND', '20/12/2023', ''],
  ];
  await page.locator('input[type=file]').setInputFiles({ name: 'so-khen-thuong-2023.xlsx', mimeType: XLSX, buffer: (await writeXlsxFile(ledger as never).toBuffer()) as Buffer });
  await page.getByRole('button', { name: 'Xem trước kết quả' }).click();
  await page.getByRole('button', { name: 'Nhập 2 khen thưởng vào sổ' }).click();
  await expect(page.getByText('Đã nhập 2 khen thưởng (năm 2023) vào sổ.')).toBeVisible();

  await page.goto('/documents/money');
  const past = page.getByRole('region', { name: /Năm 2023/ });
  await expect(past.getByRole('heading')).toHaveText('Năm 2023: 540.000 đ (1 dòng không ghi số tiền)');
  const imported = past.getByRole('row', { name: /15\/QĐ-UBND/ });
  await expect(imported).toContainText('Nhập từ sổ');
  await imported.getByText('Sổ theo dõi thi đua, khen thưởng năm 2023').click();
  await expect(imported.getByRole('listitem').filter({ hasText: binh ?? '' })).toHaveText(`${binh}: Lao động tiên tiến, không ghi số tiền`);
  await expect(page.getByRole('region', { name: /Năm 2025/ }).getByRole('heading')).toHaveText('Năm 2025: 3.540.000 đ');
  await page.screenshot({ path: `${SHOTS}/money-with-ledger.png`, fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `money: ${v.id} — ${v.help}`)).toEqual([]);

  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Excel' }).click()]);
  expect(again.suggestedFilename()).toBe('kinh-phi-khen-thuong-2023-2025.xlsx');
  const withLedger = await readXlsxFile(readFileSync((await again.path()) ?? ''));
  const rows = withLedger.find((s) => s.sheet === 'Tổng hợp')?.data ?? [];
  expect(rows.find((r) => r[1] === '15/QĐ-UBND')?.slice(4)).toEqual([0, 2, 540_000, 'Nhập từ sổ theo dõi (bảng tính); 1 dòng không ghi số tiền']);
});
