// Journey: the award history (sổ thi đua, khen thưởng). The demo's finished campaign has written
// its decision's awards into the ledger; the officer corrects one (a new line pointing at the
// old), imports the office's ledger of 2023 from Excel (with rows the register does not know
// reported, and a bad file refused), filters by year, opens a person's page, and exports.
import AxeBuilder from '@axe-core/playwright';
import writeXlsxFile from 'write-excel-file/node';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const SHOTS = '/tmp/history-shots';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The office's ledger of 2023, as kept in Excel: a title row, then the header. */
async function ledger2023(rows: (string | number)[][]): Promise<Buffer> {
  const data = [
    [{ value: 'SỔ THEO DÕI THI ĐUA, KHEN THƯỞNG NĂM 2023', columnSpan: 8 }],
    ['STT', 'Họ và tên', 'Đơn vị', 'Hình thức khen thưởng', 'Năm', 'Số quyết định', 'Ngày quyết định', 'Số tiền'],
    ...rows,
  ];
  return (await writeXlsxFile(data as never).toBuffer()) as Buffer;
}

async function historyRow(page: Page, name: string, year: string) {
  return page.getByRole('row').filter({ hasText: name }).filter({ has: page.getByRole('cell', { name: year, exact: true }) });
}

test('the demo decision in the ledger, a correction, a past year imported, a person page and the export', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]+$/);

  // The finished campaign's decision 125/QĐ-UBND of 20/01/2025: one collective and three individuals.
  await page.getByRole('link', { name: 'Sổ thi đua' }).click();
  await expect(page.getByRole('heading', { name: 'Sổ thi đua, khen thưởng', level: 1 })).toBeVisible();
  await expect(page.getByText('4 / 4 dòng')).toBeVisible();
  const decided = page.getByRole('row').filter({ hasText: 'Số 125/QĐ-UBND ngày 20/01/2025' });
  await expect(decided).toHaveCount(4);
  await expect(decided.first()).toContainText('Chủ tịch Ủy ban nhân dân xã Văn Giáo');
  await expect(decided.first()).toContainText(/\d{1,3}(\.\d{3})+ đ/);

  // The first individual: whose name and amount the later steps follow.
  const person = decided.filter({ has: page.getByRole('link') }).nth(1);
  const name = (await person.getByRole('link').textContent()) ?? '';
  expect(name).not.toBe('');

  // A correction: a new line that points at the old one, which stays, marked corrected.
  await person.getByRole('button', { name: /Điều chỉnh khen thưởng của/ }).click();
  const dialog = page.getByRole('dialog', { name: `Điều chỉnh khen thưởng: ${name}` });
  await dialog.getByRole('button', { name: 'Ghi điều chỉnh' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Hãy ghi lý do điều chỉnh');
  await dialog.getByLabel('Lý do điều chỉnh').fill('Ghi sai số tiền so với quyết định');
  await dialog.getByLabel('Số tiền (đồng)').fill('1.000.000');
  await page.screenshot({ path: `${SHOTS}/correction-dialog.png` });
  await dialog.getByRole('button', { name: 'Ghi điều chỉnh' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('5 / 5 dòng')).toBeVisible();
  const lines = page.getByRole('row').filter({ hasText: name });
  await expect(lines.filter({ hasText: 'Đã điều chỉnh' })).toHaveCount(1);
  const correction = lines.filter({ hasText: 'Ghi sai số tiền so với quyết định' });
  await expect(correction).toContainText('1.000.000 đ');
  await expect(correction).toContainText('Hiện hành');
  await correction.getByRole('link', { name: /dòng “.+” năm 2024/ }).click();
  await expect(page).toHaveURL(/#award-/);
  await expect(lines.filter({ hasText: 'Đã điều chỉnh' }).getByRole('link', { name: 'Xem dòng điều chỉnh' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/history-corrected.png`, fullPage: true });

  // The 2023 ledger: the person above, the demo's unknown name, and a unit of the register.
  await page.getByRole('link', { name: 'Nhập sổ từ Excel' }).click();
  const input = page.locator('input[type=file]');
  await input.setInputFiles({ name: 'rong.xlsx', mimeType: XLSX, buffer: Buffer.alloc(0) });
  await expect(page.getByRole('alert')).toContainText('trống (0 byte)');
  await input.setInputFiles({ name: 'sai-cot.xlsx', mimeType: XLSX, buffer: (await writeXlsxFile([['Mã', 'Ghi chú'], ['1', 'x']] as never).toBuffer()) as Buffer });
  await expect(page.getByRole('alert')).toContainText('Không tìm thấy dòng tiêu đề của sổ');
  await input.setInputFiles({
    name: 'so-khen-thuong-2023.xlsx',
    mimeType: XLSX,
    buffer: await ledger2023([
      [1, name, '', 'Lao động tiên tiến', 2023, '15/QĐ-UBND', '20/12/2023', '540.000'],
      [2, 'Người Không Có', '', 'Giấy khen', 2023, '16/QĐ-UBND', '21/12/2023', '1.080.000'],
    ]),
  });
  await expect(page.getByRole('heading', { name: '2. Kiểm tra các cột' })).toBeVisible();
  await expect(page.getByLabel('Cột “Họ và tên” đưa vào')).toHaveValue('subjectName');
  await page.getByRole('button', { name: 'Xem trước kết quả' }).click();
  await expect(page.getByText('Sẽ nhập 1 khen thưởng; 1 dòng không nhập được; 0 dòng đã có trong sổ.')).toBeVisible();
  const problems = page.getByRole('region', { name: 'Dòng không nhập được (1)' });
  await expect(problems.getByRole('row').filter({ hasText: 'Người Không Có' })).toContainText('Không có trong danh sách cán bộ, đơn vị của xã');
  await page.screenshot({ path: `${SHOTS}/import-review.png`, fullPage: true });
  await page.getByRole('button', { name: 'Nhập 1 khen thưởng vào sổ' }).click();
  await expect(page.getByText('Đã nhập 1 khen thưởng (năm 2023) vào sổ.')).toBeVisible();

  // Both years in the ledger; the year filter narrows to one.
  await page.getByRole('link', { name: 'Xem sổ thi đua, khen thưởng' }).click();
  await expect(page.getByText('6 / 6 dòng')).toBeVisible();
  await page.getByRole('combobox', { name: 'Năm' }).selectOption('2023');
  await expect(page.getByText('1 / 6 dòng')).toBeVisible();
  await expect(await historyRow(page, name, '2023')).toContainText('Lao động tiên tiến');
  await page.getByRole('combobox', { name: 'Năm' }).selectOption('2024');
  await expect(page.getByText('5 / 6 dòng')).toBeVisible();
  await page.getByRole('combobox', { name: 'Năm' }).selectOption('');
  // Search without accents finds the person's lines of both years.
  const folded = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  await page.getByLabel('Tìm theo tên, đơn vị, số quyết định').fill(folded);
  await expect(page.getByText('3 / 6 dòng')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/history-search.png`, fullPage: true });

  // The export downloads the lines shown.
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^so-thi-dua-khen-thuong-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByText('Đã tải sổ thi đua, khen thưởng: 3 dòng (Excel)')).toBeVisible();

  // The person's page shows their history, both years.
  await page.getByRole('link', { name }).first().click();
  const history = page.getByRole('region', { name: 'Quá trình khen thưởng' });
  await expect(history.getByRole('row')).toHaveCount(4);
  await expect(history).toContainText('Lao động tiên tiến');
  await expect(history).toContainText('Số 15/QĐ-UBND ngày 20/12/2023');
  await expect(history).toContainText('Số 125/QĐ-UBND ngày 20/01/2025');
  await page.screenshot({ path: `${SHOTS}/person-history.png`, fullPage: true });

  // The unit's page shows its own award (the collective line of decision 125), not its members'.
  await page.goto('/history');
  const collective = page.getByRole('row').filter({ hasText: 'Tập thể' }).filter({ hasText: 'Số 125/QĐ-UBND' });
  const unitName = (await collective.getByRole('link').textContent()) ?? '';
  await collective.getByRole('link', { name: unitName }).click();
  await expect(page.getByRole('heading', { name: 'Sửa đơn vị', level: 1 })).toBeVisible();
  const unitHistory = page.getByRole('region', { name: 'Quá trình khen thưởng' });
  await expect(unitHistory.getByRole('row')).toHaveCount(2);
  await expect(unitHistory).toContainText('Số 125/QĐ-UBND ngày 20/01/2025');
});

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`)).toEqual([]);
}

test('the ledger, its correction dialog, its import and an empty ledger are free of serious accessibility violations', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/history');
  await expect(page.getByText('Sổ chưa có khen thưởng nào')).toBeVisible();
  await expectNoSeriousViolations(page, 'empty ledger');
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]+$/);
  await page.goto('/history');
  await expect(page.getByText('4 / 4 dòng')).toBeVisible();
  await expectNoSeriousViolations(page, '/history');
  await page.getByRole('button', { name: /Điều chỉnh khen thưởng của/ }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page, 'correction dialog');
  await page.goto('/history/import');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, '/history/import');
});
